using Estate.Modules.Security.Contracts;
using Estate.Modules.Security.Data;
using Estate.Modules.Security.Features;
using Estate.Modules.Security.Features.AccessProblems;
using Estate.Modules.Security.Features.EventPlans;
using Estate.Modules.Security.Features.FireSafety;
using Estate.Modules.Security.Features.Incidents;
using Estate.Modules.Security.Features.Patrol;
using Estate.Modules.Security.Features.Posts;
using Estate.Modules.Security.Features.Reports;
using Estate.Modules.Security.Features.Roster;
using Estate.Modules.Security.Jobs;
using Estate.Modules.Security.Reports;
using Estate.Modules.Security.Seeding;
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

namespace Estate.Modules.Security;

/// <summary>Security (安保): guard posts and rosters, patrols, access control, fire safety, incidents and event security.</summary>
public sealed class SecurityModule : ModuleBase
{
    internal const string Id = "security";

    public override ModuleManifest Manifest { get; } = new(
        Id: Id,
        NameZh: "安保",
        NameEn: "Security",
        Version: typeof(SecurityModule).Assembly.GetName().Version!,
        Schema: SecurityDbContext.SchemaName,
        RequiredPlatformVersion: new Version(1, 0),
        // Engineering's contracts are used when engineering is there; without it repairs stay with security.
        RequiredContracts: []);

    public override IReadOnlyList<ModuleMenuEntry> MenuEntries { get; } =
    [
        new("/security/patrol-tasks", new("巡更任务", "Patrol tasks"), Icons.Material.Filled.DirectionsWalk, SecurityPermissions.Read),
        new("/security/incidents", new("治安事件", "Incidents"), Icons.Material.Filled.ReportProblem, SecurityPermissions.Read, 1),
        new("/security/access-problems", new("门禁道闸问题", "Access problems"), Icons.Material.Filled.DoorFront, SecurityPermissions.Read, 2),
        new("/security/roster", new("排班", "Roster"), Icons.Material.Filled.CalendarMonth, SecurityPermissions.Read, 3),
        new("/security/posts", new("岗位", "Posts"), Icons.Material.Filled.Shield, SecurityPermissions.Read, 8),
        new("/security/shifts", new("班次", "Shifts"), Icons.Material.Filled.Schedule, SecurityPermissions.Read, 9),
        new("/security/fire-safety/areas", new("消防检查区域", "Fire-safety areas"), Icons.Material.Filled.FireExtinguisher, SecurityPermissions.Read, 4),
        new("/security/fire-safety/inspections", new("消防检查记录", "Fire inspections"), Icons.Material.Filled.FactCheck, SecurityPermissions.Read, 5),
        new("/security/patrol-routes", new("巡更路线与计划", "Patrol routes and plans"), Icons.Material.Filled.Route, SecurityPermissions.Read, 6),
        new("/security/event-plans", new("活动安保方案", "Event security plans"), Icons.Material.Filled.Celebration, SecurityPermissions.Read, 7),
    ];

    public override IReadOnlyList<ModulePermission> Permissions { get; } =
    [
        new(SecurityPermissions.Read, "View security posts, rosters, patrols, incidents and inspections", PermissionGrants.EveryoneInCompany),
        new(SecurityPermissions.FieldWork, "Check in on patrols, report incidents and access problems, record fire-safety inspections", PermissionGrants.Department(Id)),
        new(SecurityPermissions.Manage, "Set up posts, shifts, rosters, patrol routes and plans, inspection areas and event security", PermissionGrants.DepartmentHead(Id)),
    ];

    public override Type? DbContextType => typeof(SecurityDbContext);

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        base.ConfigureServices(services, configuration);
        services.AddModuleDbContext<SecurityDbContext>(configuration, SecurityDbContext.SchemaName);
        services.AddScoped<SignedInUser>();
        services.AddScoped<EngineeringRepairs>();
        services.AddScoped<SecurityMeetingReport>();
        services.AddScoped<IDemoDataSeeder, SecurityDemoData>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        CreatePostEndpoint.Map(endpoints);
        ListPostsEndpoint.Map(endpoints);
        GetPostEndpoint.Map(endpoints);
        UpdatePostEndpoint.Map(endpoints);
        CreateShiftEndpoint.Map(endpoints);
        ListShiftsEndpoint.Map(endpoints);
        GetShiftEndpoint.Map(endpoints);
        UpdateShiftEndpoint.Map(endpoints);
        AddRosterEntryEndpoint.Map(endpoints);
        ListRosterEndpoint.Map(endpoints);
        RemoveRosterEntryEndpoint.Map(endpoints);

        CreatePatrolRouteEndpoint.Map(endpoints);
        ListPatrolRoutesEndpoint.Map(endpoints);
        GetPatrolRouteEndpoint.Map(endpoints);
        CreatePatrolPlanEndpoint.Map(endpoints);
        ListPatrolPlansEndpoint.Map(endpoints);
        DeactivatePatrolPlanEndpoint.Map(endpoints);
        ListPatrolTasksEndpoint.Map(endpoints);
        GetPatrolTaskEndpoint.Map(endpoints);
        RecordCheckInEndpoint.Map(endpoints);

        ReportAccessProblemEndpoint.Map(endpoints);
        ListAccessProblemsEndpoint.Map(endpoints);
        GetAccessProblemEndpoint.Map(endpoints);
        RequestAccessProblemRepairEndpoint.Map(endpoints);
        ResolveAccessProblemEndpoint.Map(endpoints);

        CreateFireSafetyAreaEndpoint.Map(endpoints);
        ListFireSafetyAreasEndpoint.Map(endpoints);
        ListDueFireSafetyAreasEndpoint.Map(endpoints);
        ListInspectionFrequenciesEndpoint.Map(endpoints);
        SetInspectionFrequencyEndpoint.Map(endpoints);
        RecordFireInspectionEndpoint.Map(endpoints);
        ListFireInspectionsEndpoint.Map(endpoints);
        GetFireInspectionEndpoint.Map(endpoints);
        ListFireSafetyFindingsEndpoint.Map(endpoints);
        GetFireSafetyFindingEndpoint.Map(endpoints);
        FixFireSafetyFindingEndpoint.Map(endpoints);

        ReportIncidentEndpoint.Map(endpoints);
        ListIncidentsEndpoint.Map(endpoints);
        GetIncidentEndpoint.Map(endpoints);
        RecordIncidentHandlingEndpoint.Map(endpoints);
        CloseIncidentEndpoint.Map(endpoints);

        CreateEventSecurityPlanEndpoint.Map(endpoints);
        ListEventSecurityPlansEndpoint.Map(endpoints);
        GetEventSecurityPlanEndpoint.Map(endpoints);

        GetMeetingReportEndpoint.Map(endpoints);
    }

    public override void RegisterRecurringJobs(IRecurringJobRegistry jobs)
    {
        jobs.AddTenantJob<SchedulePatrolTasks>("security.schedule-patrol-tasks", "7 * * * *");
        jobs.AddTenantJob<ClosePatrolTasks>("security.close-patrol-tasks", "*/5 * * * *");
        jobs.AddTenantJob<RefreshSecurityReportFigures>("security.refresh-report-figures", "19 * * * *");
    }
}
