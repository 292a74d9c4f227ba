using System.Net;
using Estate.Testing;

namespace Estate.Modules.Meetings.Tests;

/// <summary>A Host with every real department module: the work review pulls each one's report, and leaves out those switched off.</summary>
public sealed class AllDepartmentsTests : IAsyncLifetime
{
    private static readonly string[] Departments = ["cleaning", "customer-service", "engineering", "finance", "security"];

    private TestDatabase _database = null!;
    private ModuleFolders _modules = null!;
    private EstateHost _host = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync("departments");
        _modules = ModuleFolders.With("Cleaning", "CustomerService", "Engineering", "Finance", "Security", "Meetings");
        _host = new EstateHost(_database.ConnectionString, _modules.Path, new Dictionary<string, string?> { ["Jobs:Enabled"] = "false" });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _database.DisposeAsync();
        _modules.Dispose();
    }

    [Fact]
    public async Task A_meeting_pulls_every_departments_report_and_leaves_out_the_two_switched_off_without_error()
    {
        var company = await TestCompany.CreateAsync(_host);
        var meeting = (await company.PlanMeetingAsync(DateTimeOffset.UtcNow.AddDays(1))).Id();

        var allOn = await company.AgendaAsync(meeting);
        foreach (var department in new[] { "security", "cleaning" })
        {
            await (await company.Admin.PutJsonAsync($"/api/platform/modules/{department}", new { enabled = false })).ReadAsync(HttpStatusCode.OK);
        }

        var twoOff = await company.AgendaAsync(meeting);

        Assert.Equal(Departments, allOn.Items("reports").Select(r => r.GetProperty("moduleId").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(["customer-service", "engineering", "finance"], twoOff.Items("reports").Select(r => r.GetProperty("moduleId").GetString()).Order(StringComparer.Ordinal));
        Assert.All(allOn.Items("reports").Concat(twoOff.Items("reports")), r =>
        {
            Assert.True(r.GetProperty("available").GetBoolean());
            Assert.NotEmpty(r.GetProperty("report").Items("indicators"));
        });
    }
}
