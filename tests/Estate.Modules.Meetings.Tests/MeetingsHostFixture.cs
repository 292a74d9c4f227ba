using System.Net;
using System.Net.Sockets;
using Estate.SharedKernel.Jobs;
using Estate.SharedKernel.Modules;
using Estate.SharedKernel.Tenancy;
using Estate.Testing;
using Microsoft.Extensions.DependencyInjection;
using netDumbster.smtp;

namespace Estate.Modules.Meetings.Tests;

/// <summary>
/// A Host with Meetings, Engineering, Finance and two test departments: Probe (a report
/// from its own figures) and Faulty (a report that always fails). Mail goes to a fake SMTP server. Jobs are run
/// by the tests themselves, as a scheduled run would.
/// </summary>
public sealed class MeetingsHostFixture : IAsyncLifetime
{
    private ModuleFolders _modules = null!;

    public TestDatabase Database { get; private set; } = null!;

    public EstateHost Host { get; private set; } = null!;

    public SimpleSmtpServer Smtp { get; private set; } = null!;

    public TestCompany CompanyA { get; private set; } = null!;

    public TestCompany CompanyB { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync("meetings");
        _modules = ModuleFolders.With("Engineering", "Probe", "Faulty", "Finance", "Meetings");
        Smtp = SimpleSmtpServer.Start(FreePort());
        Host = new EstateHost(Database.ConnectionString, _modules.Path, new Dictionary<string, string?>
        {
            ["Jobs:Enabled"] = "false",
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = Smtp.Configuration.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Smtp:From"] = "meetings@estate.test",
        });
        CompanyA = await TestCompany.CreateAsync(Host, "Meetings A");
        CompanyB = await TestCompany.CreateAsync(Host, "Meetings B");
    }

    /// <summary>Runs a meetings job for one company, as the Host's scheduler does (its own scope, the company as tenant).</summary>
    public async Task RunJobAsync(string jobName, Guid companyId)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetSystem(companyId);
        var module = scope.ServiceProvider.GetRequiredService<IModuleCatalog>().Modules.Single(m => m.Manifest.Id == "meetings");
        var job = (ITenantJob)scope.ServiceProvider.GetRequiredService(module.Assembly.GetType($"Estate.Modules.Meetings.Jobs.{jobName}", throwOnError: true)!);
        await job.RunAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        Smtp.Dispose();
        await Database.DisposeAsync();
        _modules.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

[CollectionDefinition(Name)]
public sealed class MeetingsHostCollection : ICollectionFixture<MeetingsHostFixture>
{
    public const string Name = "Meetings host";
}
