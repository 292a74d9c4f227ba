using Estate.Modules.Engineering.Contracts;
using Estate.Modules.Engineering.Data;
using Estate.Modules.Engineering.Features.Facilities;
using Estate.Modules.Engineering.Features.MaintenancePlans;
using Estate.Modules.Engineering.Features.Projects;
using Estate.Modules.Engineering.Features.Reports;
using Estate.Modules.Engineering.Features.TimeLimits;
using Estate.Modules.Engineering.Features.WorkOrders;
using Estate.Modules.Engineering.Jobs;
using Estate.Modules.Engineering.Reports;
using Estate.Modules.Engineering.Seeding;
using Estate.SharedKernel.Jobs;
using Estate.SharedKernel.Modules;
using Estate.SharedKernel.Persistence;
using Estate.SharedKernel.Security;
using Estate.SharedKernel.Seeding;
using Estate.SharedKernel.Ui;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Estate.Modules.Engineering;

/// <summary>
/// Engineering (工程维修): the facility ledger with maintenance records, repair work orders with per-company
/// time limits, preventive maintenance plans, renovation projects (funded through finance where the company
/// has it) and the department's meeting report.
/// </summary>
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

    public override IReadOnlyList<ModuleMenuEntry> MenuEntries { get; } =
    [
        new("/engineering/work-orders", new("工单", "Work orders"), Icons.Material.Filled.Build, EngineeringPermissions.Read, 10),
        new("/engineering/facilities", new("设施设备", "Facilities"), Icons.Material.Filled.Elevator, EngineeringPermissions.Read, 11),
        new("/engineering/maintenance-plans", new("维保计划", "Maintenance plans"), Icons.Material.Filled.EventRepeat, EngineeringPermissions.Read, 11),
        new("/engineering/projects", new("工程项目", "Projects"), Icons.Material.Filled.Construction, EngineeringPermissions.Read, 12),
        new("/engineering/time-limits", new("处理时限", "Time limits"), Icons.Material.Filled.Timer, EngineeringPermissions.ManageTimeLimits, 13),
    ];

    public override IReadOnlyList<ModulePermission> Permissions { get; } =
    [
        new(EngineeringPermissions.Read, "View work orders, facilities, plans, projects and reports", PermissionGrants.EveryoneInCompany),
        new(EngineeringPermissions.WriteWorkOrders, "Open, assign and work on work orders; record owners' ratings", PermissionGrants.Department(Department)),
        new(EngineeringPermissions.RecordMaintenance, "Record maintenance done on facilities", PermissionGrants.Department(Department)),
        new(EngineeringPermissions.ManageFacilities, "Maintain the facility ledger and maintenance plans", PermissionGrants.DepartmentHead(Department)),
        new(EngineeringPermissions.ManageTimeLimits, "Set the company's work-order time limits", PermissionGrants.DepartmentHead(Department)),
        new(EngineeringPermissions.ManageProjects, "Plan projects and ask for their funding", PermissionGrants.DepartmentHead(Department)),
    ];

    public override Type? DbContextType => typeof(EngineeringDbContext);

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        base.ConfigureServices(services, configuration);
        services.AddModuleDbContext<EngineeringDbContext>(configuration, EngineeringDbContext.SchemaName);
        services.AddScoped<IDemoDataSeeder, EngineeringDemoData>();
        services.AddScoped<StoredWorkOrderFigures>();
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
        RateWorkOrderEndpoint.Map(endpoints);
        ListAssigneesEndpoint.Map(endpoints);
        GetTimeLimitsEndpoint.Map(endpoints);
        SetTimeLimitsEndpoint.Map(endpoints);
        CreateFacilityEndpoint.Map(endpoints);
        ListFacilitiesEndpoint.Map(endpoints);
        ListAgingFacilitiesEndpoint.Map(endpoints);
        GetFacilityEndpoint.Map(endpoints);
        UpdateFacilityEndpoint.Map(endpoints);
        RecordMaintenanceEndpoint.Map(endpoints);
        ListMaintenanceRecordsEndpoint.Map(endpoints);
        CreateMaintenancePlanEndpoint.Map(endpoints);
        ListMaintenancePlansEndpoint.Map(endpoints);
        GetMaintenancePlanEndpoint.Map(endpoints);
        PauseMaintenancePlanEndpoint.Map(endpoints);
        ResumeMaintenancePlanEndpoint.Map(endpoints);
        CreateProjectEndpoint.Map(endpoints);
        ListProjectsEndpoint.Map(endpoints);
        GetProjectEndpoint.Map(endpoints);
        UpdateProjectEndpoint.Map(endpoints);
        StartProjectEndpoint.Map(endpoints);
        CompleteProjectEndpoint.Map(endpoints);
        CancelProjectEndpoint.Map(endpoints);
        RequestProjectFundingEndpoint.Map(endpoints);
        GetMeetingReportEndpoint.Map(endpoints);
    }

    public override void RegisterRecurringJobs(IRecurringJobRegistry jobs)
    {
        jobs.AddTenantJob<WarnOfApproachingDeadlines>("engineering.warn-of-approaching-deadlines", "*/5 * * * *");
        jobs.AddTenantJob<FlagOverdueWorkOrders>("engineering.flag-overdue-work-orders", "*/5 * * * *");
        // Hourly, so a new plan's first order (or a missed run) is not a day late; running again opens nothing twice.
        jobs.AddTenantJob<GeneratePlannedWorkOrders>("engineering.generate-planned-work-orders", "17 * * * *");
        // Hourly: the first run after midnight adds yesterday; the others rewrite the last days with late changes.
        jobs.AddTenantJob<RefreshEngineeringReportFigures>("engineering.refresh-report-figures", "41 * * * *");
    }
}
