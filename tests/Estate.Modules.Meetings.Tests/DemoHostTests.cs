using System.Net;
using Estate.Testing;

namespace Estate.Modules.Meetings.Tests;

/// <summary>A Host as run.sh starts it, with the demo company seeded, and without a Chromium to print with.</summary>
public sealed class DemoHostFixture : IAsyncLifetime
{
    private ModuleFolders _modules = null!;

    public TestDatabase Database { get; private set; } = null!;

    public EstateHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync("meetings_demo");
        _modules = ModuleFolders.With("Engineering", "Probe", "Meetings");
        Host = new EstateHost(Database.ConnectionString, _modules.Path, new Dictionary<string, string?>
        {
            ["Jobs:Enabled"] = "false",
            ["Seed:Demo"] = "true",
            ["Meetings:ChromiumPath"] = "/nonexistent/chromium",
        });
        _ = Host.Services;
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Database.DisposeAsync();
        _modules.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class DemoHostCollection : ICollectionFixture<DemoHostFixture>
{
    public const string Name = "Meetings demo host";
}

[Collection(DemoHostCollection.Name)]
public sealed class DemoHostTests(DemoHostFixture fixture)
{
    [Fact]
    public async Task The_demo_company_has_a_closed_weekly_meeting_with_minutes_and_an_upcoming_one_filled_from_live_data()
    {
        var manager = await fixture.Host.SignInAsync("manager@demo.estate", "Demo!2026");

        var meetings = await (await manager.GetAsync("/api/meetings/meetings")).ReadAsync(HttpStatusCode.OK);
        var closed = meetings.Items("items").Single(m => m.GetProperty("status").GetString() == "closed");
        var upcoming = meetings.Items("items").Single(m => m.GetProperty("status").GetString() == "planned");
        var agenda = await (await manager.GetAsync($"/api/meetings/meetings/{upcoming.Id()}/agenda")).ReadAsync(HttpStatusCode.OK);

        Assert.True(upcoming.GetProperty("startsAt").GetDateTimeOffset() > DateTimeOffset.UtcNow);
        Assert.Contains(agenda.Items("reports"), r => r.GetProperty("moduleId").GetString() == "probe" && r.GetProperty("available").GetBoolean());
        Assert.Contains(agenda.Items("carriedOver"), i => i.GetProperty("title").GetString() == "更换主干道老化路灯" && i.GetProperty("status").GetString() == "inProgress");
        Assert.Contains(agenda.Items("carriedOver"), i => i.GetProperty("title").GetString() == "电梯配件应急采购" && i.GetProperty("status").GetString() == "done");
        Assert.NotEmpty(agenda.GetProperty("meeting").Items("participants"));
        var response = await manager.GetAsync($"/api/meetings/meetings/{closed.Id()}/minutes.html");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("电梯配件缺货", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_chromium_the_pdf_answers_503_problem_details_and_the_html_still_works()
    {
        var manager = await fixture.Host.SignInAsync("manager@demo.estate", "Demo!2026");
        var closed = (await (await manager.GetAsync("/api/meetings/meetings?status=closed")).ReadAsync(HttpStatusCode.OK)).Items("items").First().Id();

        var problem = await (await manager.GetAsync($"/api/meetings/meetings/{closed}/minutes.pdf")).ReadAsync(HttpStatusCode.ServiceUnavailable);

        Assert.Equal("minutes.pdf_unavailable", problem.GetProperty("code").GetString());
        Assert.Contains("/nonexistent/chromium", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync($"/api/meetings/meetings/{closed}/minutes.html")).StatusCode);
    }
}
