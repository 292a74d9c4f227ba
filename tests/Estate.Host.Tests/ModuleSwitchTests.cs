using System.Net;
using System.Reflection;
using Estate.SharedKernel.Modules;
using Estate.SharedKernel.Tenancy;
using Estate.Testing;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Estate.Host.Tests;

[Collection(PlatformHostCollection.Name)]
public sealed class ModuleSwitchTests(PlatformHostFixture fixture)
{
    [Fact]
    public async Task A_module_switched_off_answers_404_to_that_company_only_and_keeps_its_data()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);
        var other = fixture.CompanyB;
        var workOrder = await company.Staff("engineering").OpenWorkOrderAsync(company.PropertyIds[0], "Switch test");
        var url = $"/api/engineering/work-orders/{TestCompany.IdOf(workOrder)}";

        await (await company.Admin.PutJsonAsync("/api/platform/modules/engineering", new { enabled = false })).ReadAsync(HttpStatusCode.OK);

        await (await company.Staff("engineering").GetAsync(url)).ReadAsync(HttpStatusCode.NotFound);
        await (await company.Staff("engineering").GetAsync("/api/engineering/work-orders")).ReadAsync(HttpStatusCode.NotFound);
        await (await company.ReadOnly.GetAsync("/api/engineering/work-orders")).ReadAsync(HttpStatusCode.NotFound);
        await (await other.Staff("engineering").GetAsync("/api/engineering/work-orders")).ReadAsync(HttpStatusCode.OK);
        var modules = await (await company.Admin.GetAsync("/api/platform/modules")).ReadAsync(HttpStatusCode.OK);
        Assert.False(modules.EnumerateArray().Single(m => m.GetProperty("id").GetString() == "engineering").GetProperty("enabled").GetBoolean());

        await (await company.Admin.PutJsonAsync("/api/platform/modules/engineering", new { enabled = true })).ReadAsync(HttpStatusCode.OK);

        var again = await (await company.Staff("engineering").GetAsync(url)).ReadAsync(HttpStatusCode.OK);
        Assert.Equal("Switch test", again.GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_switched_off_module_refuses_its_mediatr_requests_whoever_sends_them()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);
        await (await company.Admin.PutJsonAsync("/api/platform/modules/probe", new { enabled = false })).ReadAsync(HttpStatusCode.OK);

        await using var scope = fixture.Host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetSystem(company.Id);
        var probe = scope.ServiceProvider.GetRequiredService<IModuleCatalog>().Modules.Single(m => m.Manifest.Id == "probe");
        var ping = Activator.CreateInstance(probe.Assembly.GetType("Estate.Modules.Probe.SendPing", throwOnError: true)!, Guid.NewGuid(), false)!;

        var refusal = await Assert.ThrowsAsync<ModuleDisabledException>(() => SendAsync(scope.ServiceProvider.GetRequiredService<IMediator>(), ping));
        Assert.Equal("probe", refusal.ModuleId);
        Assert.Equal(0L, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM probe.outbox_messages WHERE organization_id = $1", company.Id));
    }

    [Fact]
    public async Task Switching_an_unknown_module_is_404_and_a_missing_value_is_400()
    {
        await (await fixture.CompanyA.Admin.PutJsonAsync("/api/platform/modules/laundry", new { enabled = true })).ReadAsync(HttpStatusCode.NotFound);
        var problem = await (await fixture.CompanyA.Admin.PutJsonAsync("/api/platform/modules/engineering", new { })).ReadAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["enabled"], problem.ErrorFields());
    }

    // The request type lives in a module the tests do not reference: send it the way an endpoint would.
    private static async Task SendAsync(IMediator mediator, object request)
    {
        var responseType = request.GetType().GetInterfaces().Single(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>)).GetGenericArguments()[0];
        var send = typeof(IMediator).GetMethods().Single(m => m.Name == nameof(IMediator.Send) && m.IsGenericMethod).MakeGenericMethod(responseType);
        try
        {
            await (Task)send.Invoke(mediator, [request, CancellationToken.None])!;
        }
        catch (TargetInvocationException invocation)
        {
            throw invocation.InnerException!;
        }
    }
}
