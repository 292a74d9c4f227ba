using System.Net;
using System.Text.Json;
using Estate.Testing;
using static Estate.Modules.Security.Tests.SecurityApi;

namespace Estate.Modules.Security.Tests;

/// <summary>A Host with Security alone: engineering's contracts ship with security, and repairs stay with security.</summary>
public sealed class WithoutEngineeringTests : IAsyncLifetime
{
    private ModuleFolders _modules = null!;
    private TestDatabase _database = null!;
    private EstateHost _host = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync("security_alone");
        _modules = ModuleFolders.With("Security");
        _host = new EstateHost(_database.ConnectionString, _modules.Path, new Dictionary<string, string?> { ["Jobs:Enabled"] = "false" });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _database.DisposeAsync();
        _modules.Dispose();
    }

    [Fact]
    public async Task Without_engineering_installed_problems_and_findings_needing_repair_stay_with_security()
    {
        var company = await TestCompany.CreateAsync(_host);
        var guard = company.Staff("security");

        var problem = await guard.ReportAccessProblemAsync(company.PropertyIds[0], needsRepair: true);
        var area = await company.Head("security").CreateAreaAsync(company.PropertyIds[0]);
        var inspection = await guard.InspectAsync(area, [Failed("稳压泵压力正常", "压力不足", needsRepair: true)]);
        var detail = await (await guard.GetAsync($"/api/security/access-problems/{TestCompany.IdOf(problem)}")).ReadAsync(HttpStatusCode.OK);

        Assert.Equal("inRepair", detail.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, detail.GetProperty("workOrderId").ValueKind);
        Assert.Equal(JsonValueKind.Null, inspection.GetProperty("findings")[0].GetProperty("workOrderId").ValueKind);
        Assert.DoesNotContain(_host.Logs.Entries, e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Warning && e.Message.Contains("refused", StringComparison.Ordinal));
    }
}
