using Estate.Modules.Engineering.Contracts;
using Estate.Modules.Engineering.Data;
using Estate.Modules.Engineering.Features.Facilities;
using Estate.Modules.Engineering.Features.WorkOrders;
using Estate.Modules.Engineering.Jobs;
using Estate.Modules.Engineering.Seeding;
using Estate.SharedKernel.Jobs;
using Estate.SharedKernel.Modules;
using Estate.SharedKernel.Persistence;
using Estate.SharedKernel.Security;
using Estate.SharedKernel.Seeding;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Estate.Modules.Engineering;

/// <summary>Engineering (工程维修): the facility ledger and repair work orders.</summary>
public sealed class EngineeringModule : ModuleBase
{
    internal const string Department = "engineering";

    public override ModuleManifest Manifest { get; } = new(
        Id: "engineering",
        NameZh: "工程维修",
        NameEn: "Engineering",
        Version: typeof(EngineeringModule).Assembly.GetName().Version!,
        Schema: EngineeringDbContext.SchemaName,
        RequiredPlatformVersion: new Version(1, 0),
        RequiredContracts: []);

    public override IReadOnlyList<ModulePermission> Permissions { get; } =
    [
        new(EngineeringPermissions.Read, "View work orders and facilities", PermissionGrants.EveryoneInCompany),
        new(EngineeringPermissions.WriteWorkOrders, "Open, assign and work on work orders", PermissionGrants.Department(Department)),
        new(EngineeringPermissions.ManageFacilities, "Maintain the facility ledger", PermissionGrants.DepartmentHead(Department)),
    ];

    public override Type? DbContextType => typeof(EngineeringDbContext);

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        base.ConfigureServices(services, configuration);
        services.AddModuleDbContext<EngineeringDbContext>(configuration, EngineeringDbContext.SchemaName);
        services.AddScoped<IDemoDataSeeder, EngineeringDemoData>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        CreateWorkOrderEndpoint.Map(endpoints);
        ListWorkOrdersEndpoint.Map(endpoints);
        GetWorkOrderEndpoint.Map(endpoints);
        AssignWorkOrderEndpoint.Map(endpoints);
        StartWorkOrderEndpoint.Map(endpoints);
        DelayWorkOrderEndpoint.Map(endpoints);
        CompleteWorkOrderEndpoint.Map(endpoints);
        CloseWorkOrderEndpoint.Map(endpoints);
        ReopenWorkOrderEndpoint.Map(endpoints);
        CreateFacilityEndpoint.Map(endpoints);
        ListFacilitiesEndpoint.Map(endpoints);
        GetFacilityEndpoint.Map(endpoints);
    }

    public override void RegisterRecurringJobs(IRecurringJobRegistry jobs) =>
        jobs.AddTenantJob<FlagOverdueWorkOrders>("engineering.flag-overdue-work-orders", "*/5 * * * *");
}
