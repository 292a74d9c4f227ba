using System.Net;
using Estate.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Estate.Host.Tests;

/// <summary>Engineering publishes WorkOrderOpened through its outbox; the probe module records each delivery it handles.</summary>
[Collection(PlatformHostCollection.Name)]
public sealed class OutboxTests(PlatformHostFixture fixture)
{
    private const string Deliveries = "SELECT count(*) FROM probe.received_events WHERE subject_id = $1";
    private const string Pending = "SELECT count(*) FROM engineering.outbox_messages WHERE processed_at IS NULL AND payload->>'workOrderId' = $1";

    [Fact]
    public async Task A_committed_event_is_delivered_exactly_once_even_with_dispatchers_racing()
    {
        var workOrderId = TestCompany.IdOf(await fixture.CompanyA.Staff("engineering").OpenWorkOrderAsync(fixture.CompanyA.PropertyIds[0]));

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => DispatchAsync()));
        await Eventually.ReachesAsync(() => fixture.Database.ScalarAsync<long>(Pending, workOrderId.ToString()), n => n == 0, "the outbox row to be processed");

        Assert.Equal(1L, await fixture.Database.ScalarAsync<long>(Deliveries, workOrderId));
        Assert.Equal(fixture.CompanyA.Id, await fixture.Database.ScalarAsync<Guid>("SELECT organization_id FROM probe.received_events WHERE subject_id = $1", workOrderId));
    }

    [Fact]
    public async Task An_event_delivered_again_after_a_crash_before_marking_it_changes_nothing()
    {
        var workOrderId = TestCompany.IdOf(await fixture.CompanyA.Staff("engineering").OpenWorkOrderAsync(fixture.CompanyA.PropertyIds[0]));
        await Eventually.ReachesAsync(() => fixture.Database.ScalarAsync<long>(Deliveries, workOrderId), n => n == 1, "the first delivery");

        // The dispatcher delivered but stopped before recording it: the row is pending again.
        await fixture.Database.ExecuteAsync("UPDATE engineering.outbox_messages SET processed_at = NULL WHERE payload->>'workOrderId' = $1", workOrderId.ToString());
        await Task.WhenAll(DispatchAsync(), DispatchAsync());
        await Eventually.ReachesAsync(() => fixture.Database.ScalarAsync<long>(Pending, workOrderId.ToString()), n => n == 0, "the redelivered row to be processed");

        Assert.Equal(1L, await fixture.Database.ScalarAsync<long>(Deliveries, workOrderId));
    }

    [Fact]
    public async Task An_event_of_a_rolled_back_command_is_never_stored_or_delivered()
    {
        var (delivered, rolledBack) = (Guid.NewGuid(), Guid.NewGuid());

        await (await fixture.CompanyA.Manager.PostJsonAsync("/api/probe/pings", new { pingId = rolledBack, failAfterPublishing = true })).ReadAsync(HttpStatusCode.Conflict);
        await (await fixture.CompanyA.Manager.PostJsonAsync("/api/probe/pings", new { pingId = delivered, failAfterPublishing = false })).ReadAsync(HttpStatusCode.OK);
        await Eventually.ReachesAsync(() => fixture.Database.ScalarAsync<long>(Deliveries, delivered), n => n == 1, "the committed ping to arrive");
        await DispatchAsync();

        Assert.Equal(0L, await fixture.Database.ScalarAsync<long>(Deliveries, rolledBack));
        Assert.Equal(0L, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM probe.outbox_messages WHERE payload->>'pingId' = $1", rolledBack.ToString()));
    }

    private Task<int> DispatchAsync() =>
        fixture.Host.Services.GetRequiredService<Estate.Host.Messaging.OutboxDispatcher>().DispatchPendingAsync(CancellationToken.None);
}
