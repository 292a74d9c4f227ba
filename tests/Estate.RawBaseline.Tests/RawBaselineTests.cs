using System.Net;
using System.Text.Json;
using Estate.Testing;

namespace Estate.RawBaseline.Tests;

[Collection(RawBaselineCollection.Name)]
public sealed class RawBaselineTests(RawBaselineFixture fixture)
{
    private TestCompany A => fixture.CompanyA;

    [Fact]
    public async Task Raw_get_answers_the_same_json_as_engineering()
    {
        var opened = await A.Admin.OpenWorkOrderAsync(A.PropertyIds[0], "电梯异响 raw get");
        var id = TestCompany.IdOf(opened);

        var ef = await A.Admin.GetStringAsync($"/api/engineering/work-orders/{id}");
        var raw = await A.Admin.GetStringAsync($"/api/raw-baseline/work-orders/{id}");

        Assert.Equal(ef, raw);
    }

    [Fact]
    public async Task Raw_list_page_with_status_and_property_answers_the_same_json_as_engineering()
    {
        for (var i = 0; i < 3; i++)
        {
            await A.Admin.OpenWorkOrderAsync(A.PropertyIds[1], $"水管漏水 {i}");
        }

        var query = $"?pageSize=2&page=1&status=new&propertyId={A.PropertyIds[1]}";
        var ef = await A.Admin.GetStringAsync($"/api/engineering/work-orders{query}");
        var raw = await A.Admin.GetStringAsync($"/api/raw-baseline/work-orders{query}");

        Assert.Equal(ef, raw);
        Assert.True(JsonDocument.Parse(raw).RootElement.GetProperty("totalCount").GetInt32() >= 3);
    }

    [Fact]
    public async Task Raw_create_stores_a_work_order_engineering_shows_as_created()
    {
        var response = await A.Admin.PostJsonAsync("/api/raw-baseline/work-orders", WorkOrderRequests.NewWorkOrder(A.PropertyIds[0], "照明故障 raw create", "urgent", "lighting"));
        var created = await response.ReadAsync(HttpStatusCode.Created);

        var shown = await (await A.Admin.GetAsync($"/api/engineering/work-orders/{TestCompany.IdOf(created)}")).ReadAsync(HttpStatusCode.OK);
        // Like engineering's own answer, the created one carries .NET's 100 ns ticks; PostgreSQL keeps microseconds.
        Assert.Equal(created.GetProperty("number").GetString(), shown.GetProperty("number").GetString());
        Assert.Equal(created.GetProperty("version").GetUInt32(), shown.GetProperty("version").GetUInt32());
        Assert.Equal("照明故障 raw create", shown.GetProperty("title").GetString());
        Assert.Equal("urgent", shown.GetProperty("priority").GetString());
        Assert.Equal("new", shown.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Another_companys_work_order_is_not_found_raw_and_never_listed()
    {
        var theirs = TestCompany.IdOf(await fixture.CompanyB.Admin.OpenWorkOrderAsync(fixture.CompanyB.PropertyIds[0], "B 公司工单"));

        Assert.Equal(HttpStatusCode.NotFound, (await A.Admin.GetAsync($"/api/raw-baseline/work-orders/{theirs}")).StatusCode);
        var page = JsonDocument.Parse(await A.Admin.GetStringAsync("/api/raw-baseline/work-orders?pageSize=100")).RootElement;
        Assert.DoesNotContain(page.GetProperty("items").EnumerateArray(), w => w.GetProperty("id").GetGuid() == theirs);
    }

    [Fact]
    public async Task A_captured_request_replays_the_same_sql_and_rows()
    {
        await A.Admin.OpenWorkOrderAsync(A.PropertyIds[0], "门禁故障 replay");
        var armed = await (await A.Admin.PutAsync("/api/raw-baseline/captures/list", null)).ReadAsync(HttpStatusCode.OK);
        // EF Core looks again for listeners to its events once a second.
        await Task.Delay(TimeSpan.FromSeconds(1.2));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/engineering/work-orders?pageSize=5");
        request.Headers.Add("traceparent", armed.GetProperty("traceParent").GetString());
        var ef = await (await A.Admin.SendAsync(request)).ReadAsync(HttpStatusCode.OK);

        var captured = await (await A.Admin.GetAsync("/api/raw-baseline/captures/list")).ReadAsync(HttpStatusCode.OK);
        var commands = captured.GetProperty("commands").EnumerateArray().ToList();
        Assert.Equal(2, commands.Count);
        Assert.StartsWith("SELECT count(*)", commands[0].GetProperty("sql").GetString(), StringComparison.Ordinal);

        var replayed = await (await A.Admin.GetAsync("/api/raw-baseline/replay/list")).ReadAsync(HttpStatusCode.OK);
        var results = replayed[0];
        Assert.Equal(ef.GetProperty("totalCount").GetInt32(), results[0][0].EnumerateObject().Single().Value.GetInt32());
        Assert.Equal(
            ef.GetProperty("items").EnumerateArray().Select(w => w.GetProperty("id").GetGuid()),
            results[1].EnumerateArray().Select(row => row.GetProperty("id").GetGuid()));
    }

    [Fact]
    public async Task Another_company_cannot_replay_a_capture()
    {
        await (await A.Admin.PutAsync("/api/raw-baseline/captures/private", null)).ReadAsync(HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.NotFound, (await fixture.CompanyB.Admin.GetAsync("/api/raw-baseline/replay/private")).StatusCode);
    }
}
