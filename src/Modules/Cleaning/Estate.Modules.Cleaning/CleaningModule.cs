using Estate.Modules.Cleaning.Contracts;
using Estate.Modules.Cleaning.Data;
using Estate.Modules.Cleaning.Features.Collections;
using Estate.Modules.Cleaning.Features.DeadCorners;
using Estate.Modules.Cleaning.Features.Reports;
using Estate.Modules.Cleaning.Features.Schedules;
using Estate.Modules.Cleaning.Features.Settings;
using Estate.Modules.Cleaning.Features.Supplies;
using Estate.Modules.Cleaning.Features.Tasks;
using Estate.Modules.Cleaning.Features.Zones;
using Estate.Modules.Cleaning.Jobs;
using Estate.Modules.Cleaning.Reports;
using Estate.Modules.Cleaning.Seeding;
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

namespace Estate.Modules.Cleaning;

/// <summary>
/// Cleaning (保洁): zones and schedules with their daily tasks and inspections, the garbage collection log,
/// hygiene dead corners (referred to engineering when it is available) and supply purchases.
/// </summary>
public sealed class CleaningModule : ModuleBase
{
    internal const string Department = "cleaning";

    public override ModuleManifest Manifest { get; } = new(
        Id: "cleaning",
        NameZh: "保洁",
        NameEn: "Cleaning",
        Version: typeof(CleaningModule).Assembly.GetName().Version!,
        Schema: CleaningDbContext.SchemaName,
        RequiredPlatformVersion: new Version(1, 0),
        // Engineering and customer service are used when a company has them, never required.
        RequiredContracts: []);

    public override IReadOnlyList<ModuleMenuEntry> MenuEntries { get; } =
    [
        new("/cleaning/tasks", new("保洁任务", "Cleaning tasks"), Icons.Material.Filled.CleaningServices, CleaningPermissions.Read),
        new("/cleaning/collections", new("垃圾清运", "Garbage collection"), Icons.Material.Filled.DeleteSweep, CleaningPermissions.Read, 1),
        new("/cleaning/dead-corners", new("卫生死角", "Dead corners"), Icons.Material.Filled.Report, CleaningPermissions.Read, 2),
        new("/cleaning/zones", new("保洁区域", "Cleaning zones"), Icons.Material.Filled.GridView, CleaningPermissions.Read, 3),
        new("/cleaning/schedules", new("作业计划", "Schedules"), Icons.Material.Filled.EventRepeat, CleaningPermissions.Read, 4),
        new("/cleaning/supply-purchases", new("物料采购", "Supply purchases"), Icons.Material.Filled.Inventory, CleaningPermissions.Read, 5),
        new("/cleaning/settings", new("保洁设置", "Settings"), Icons.Material.Filled.Settings, CleaningPermissions.Read, 6),
    ];

    public override IReadOnlyList<ModulePermission> Permissions { get; } =
    [
        new(CleaningPermissions.Read, "View cleaning zones, schedules, tasks, collections, dead corners, purchases and the report", PermissionGrants.EveryoneInCompany),
        new(CleaningPermissions.Work, "Complete tasks, log garbage collections, report and work on dead corners", PermissionGrants.Department(Department)),
        new(CleaningPermissions.Manage, "Set up zones, schedules and collection points, inspect tasks, record purchases, change settings", PermissionGrants.DepartmentHead(Department)),
    ];

    public override Type? DbContextType => typeof(CleaningDbContext);

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        base.ConfigureServices(services, configuration);
        services.AddModuleDbContext<CleaningDbContext>(configuration, CleaningDbContext.SchemaName);
        services.AddScoped<CleaningMeetingReport>();
        services.AddScoped<IDemoDataSeeder, CleaningDemoData>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        CreateZoneEndpoint.Map(endpoints);
        ListZonesEndpoint.Map(endpoints);
        GetZoneEndpoint.Map(endpoints);
        CreateScheduleEndpoint.Map(endpoints);
        ListSchedulesEndpoint.Map(endpoints);
        GetScheduleEndpoint.Map(endpoints);
        UpdateScheduleEndpoint.Map(endpoints);
        ListTasksEndpoint.Map(endpoints);
        GetTaskEndpoint.Map(endpoints);
        CompleteTaskEndpoint.Map(endpoints);
        InspectTaskEndpoint.Map(endpoints);
        CreateCollectionPointEndpoint.Map(endpoints);
        ListCollectionPointsEndpoint.Map(endpoints);
        GetCollectionPointEndpoint.Map(endpoints);
        RecordCollectionEndpoint.Map(endpoints);
        ListCollectionsEndpoint.Map(endpoints);
        GetCollectionEndpoint.Map(endpoints);
        GetSettingsEndpoint.Map(endpoints);
        UpdateSettingsEndpoint.Map(endpoints);
        ReportDeadCornerEndpoint.Map(endpoints);
        ListDeadCornersEndpoint.Map(endpoints);
        GetDeadCornerEndpoint.Map(endpoints);
        StartDeadCornerEndpoint.Map(endpoints);
        ResolveDeadCornerEndpoint.Map(endpoints);
        ReferDeadCornerToEngineeringEndpoint.Map(endpoints);
        RecordSupplyPurchaseEndpoint.Map(endpoints);
        ListSupplyPurchasesEndpoint.Map(endpoints);
        GetEcoShareEndpoint.Map(endpoints);
        GetSupplyPurchaseEndpoint.Map(endpoints);
        GetMeetingReportEndpoint.Map(endpoints);
    }

    public override void RegisterRecurringJobs(IRecurringJobRegistry jobs)
    {
        jobs.AddTenantJob<GenerateCleaningTasks>("cleaning.generate-tasks", "5 * * * *");
        jobs.AddTenantJob<MarkMissedCleaningTasks>("cleaning.mark-missed-tasks", "*/15 * * * *");
        // Hourly, so a company in any time zone has yesterday's gaps marked soon after its midnight.
        jobs.AddTenantJob<MarkMissedCollections>("cleaning.mark-missed-collections", "20 * * * *");
        jobs.AddTenantJob<RefreshCleaningReportFigures>("cleaning.refresh-report-figures", "23 * * * *");
    }
}
