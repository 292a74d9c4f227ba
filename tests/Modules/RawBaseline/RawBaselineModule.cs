using Estate.SharedKernel.Modules;
using Estate.SharedKernel.Persistence;
using Estate.SharedKernel.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Estate.Modules.RawBaseline;

/// <summary>
/// The raw baseline of the benchmarks (issue 7): the SQL the EF Core endpoints run, copied from EF's command log,
/// sent straight through an <see cref="NpgsqlDataSource"/> with the same tenant parameters and answered in the
/// same JSON shape, in the same process. It reads engineering's and the platform's tables directly, which no
/// shipped module may do: it exists only for build/bench.sh and its smoke test, lives under tests/Modules and is
/// published to artifacts/test-modules only. It deliberately skips MediatR, validation and the unit of work.
/// </summary>
public sealed class RawBaselineModule : ModuleBase
{
    public const string Permission = "raw-baseline.use";

    public override ModuleManifest Manifest { get; } = new(
        "raw-baseline", "基准对照", "Raw baseline", new Version(1, 0), "raw_baseline", new Version(1, 0), ["Estate.Modules.Engineering.Contracts"]);

    public override IReadOnlyList<ModulePermission> Permissions { get; } =
        [new(Permission, "Run the benchmark's raw baseline", PermissionGrants.EveryoneInCompany)];

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        base.ConfigureServices(services, configuration);
        var connectionString = configuration.GetConnectionString(ModuleDbContextRegistration.ConnectionStringName)
            ?? throw new InvalidOperationException("ConnectionStrings:Estate is not configured.");
        services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString));
        services.AddSingleton(SqlCapture.Instance);
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        RawWorkOrderEndpoints.Map(endpoints);
        CaptureEndpoints.Map(endpoints);
    }
}
