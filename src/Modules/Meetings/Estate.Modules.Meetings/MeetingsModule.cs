using Estate.Modules.Meetings.Contracts;
using Estate.Modules.Meetings.Data;
using Estate.Modules.Meetings.Features;
using Estate.Modules.Meetings.Features.ActionItems;
using Estate.Modules.Meetings.Features.Invitations;
using Estate.Modules.Meetings.Features.Meetings;
using Estate.Modules.Meetings.Features.Minutes;
using Estate.Modules.Meetings.Features.Notifications;
using Estate.Modules.Meetings.Features.Participants;
using Estate.Modules.Meetings.Features.Problems;
using Estate.Modules.Meetings.Features.Reports;
using Estate.Modules.Meetings.Features.Resources;
using Estate.Modules.Meetings.Features.Series;
using Estate.Modules.Meetings.Features.Settings;
using Estate.Modules.Meetings.Invitations;
using Estate.Modules.Meetings.Jobs;
using Estate.Modules.Meetings.Documents;
using Estate.Modules.Meetings.Notifications;
using Estate.Modules.Meetings.Reports;
using Estate.Modules.Meetings.Seeding;
using Estate.SharedKernel.Jobs;
using Estate.SharedKernel.Modules;
using Estate.SharedKernel.Persistence;
using Estate.SharedKernel.Security;
using Estate.SharedKernel.Seeding;
using Estate.SharedKernel.Ui;
using MudBlazor;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Estate.Modules.Meetings;

/// <summary>
/// Work meetings (工作会议): agendas filled with every department's live report, problems, action items that
/// come back until done, resource decisions, frozen minutes and their distribution. It knows no department
/// module: reports come from whatever IDepartmentReportSource the switched-on modules provide.
/// </summary>
public sealed class MeetingsModule : ModuleBase
{
    private static readonly IReadOnlyList<PermissionGrant> Managers =
        [new(PlatformRoles.CompanyAdmin), new(PlatformRoles.SeniorManager)];

    public override ModuleManifest Manifest { get; } = new(
        Id: "meetings",
        NameZh: "工作会议",
        NameEn: "Meetings",
        Version: typeof(MeetingsModule).Assembly.GetName().Version!,
        Schema: MeetingsDbContext.SchemaName,
        RequiredPlatformVersion: new Version(1, 0),
        RequiredContracts: []);

    public override IReadOnlyList<ModulePermission> Permissions { get; } =
    [
        new(MeetingsPermissions.Read, "View meetings, agendas, minutes and action items", PermissionGrants.EveryoneInCompany),
        new(MeetingsPermissions.Contribute, "Comment on one's department report, raise problems, report on one's action items",
            [.. Managers, new(PlatformRoles.DepartmentHead), new(PlatformRoles.Staff)]),
        new(MeetingsPermissions.Organize, "Plan and run meetings: participants, problems, action items, closing",
            [.. Managers, new(PlatformRoles.DepartmentHead)]),
        new(MeetingsPermissions.Decide, "Decide resource requests", Managers),
        new(MeetingsPermissions.Configure, "The company's meeting settings", Managers),
    ];

    public override IReadOnlyList<ModuleMenuEntry> MenuEntries { get; } =
    [
        new("/meetings", new("工作会议", "Meetings"), Icons.Material.Filled.Groups, MeetingsPermissions.Read, 60),
        new("/meetings/my-action-items", new("我的待办", "My action items"), Icons.Material.Filled.TaskAlt, MeetingsPermissions.Read, 61),
    ];

    public override Type? DbContextType => typeof(MeetingsDbContext);

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        base.ConfigureServices(services, configuration);
        services.AddModuleDbContext<MeetingsDbContext>(configuration, MeetingsDbContext.SchemaName);
        services.AddScoped<ReportCollector>();
        services.AddScoped<People>();
        services.AddScoped<MeetingClosing>();
        services.AddScoped<InvitationCalendar>();
        services.AddScoped<Notifier>();
        services.AddSingleton<MailSender>();
        services.AddSingleton<MinutesPdfRenderer>();
        services.AddScoped<IDemoDataSeeder, MeetingsDemoData>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        DepartmentOrderEndpoints.Map(endpoints);
        CreateSeriesEndpoint.Map(endpoints);
        ListSeriesEndpoint.Map(endpoints);
        GetSeriesEndpoint.Map(endpoints);
        PlanNextMeetingEndpoint.Map(endpoints);
        PlanMeetingEndpoint.Map(endpoints);
        ListMeetingsEndpoint.Map(endpoints);
        GetMeetingEndpoint.Map(endpoints);
        RescheduleMeetingEndpoint.Map(endpoints);
        CancelMeetingEndpoint.Map(endpoints);
        GetMeetingAgendaEndpoint.Map(endpoints);
        CloseMeetingEndpoint.Map(endpoints);
        GetMeetingDeskEndpoint.Map(endpoints);
        InviteParticipantEndpoint.Map(endpoints);
        RemoveParticipantEndpoint.Map(endpoints);
        RecordAttendanceEndpoint.Map(endpoints);
        CommentOnReportEndpoint.Map(endpoints);
        RemindMissingReportsEndpoint.Map(endpoints);
        GetCompanyReportEndpoint.Map(endpoints);
        RaiseProblemEndpoint.Map(endpoints);
        AnalyseProblemEndpoint.Map(endpoints);
        RecordDecisionEndpoint.Map(endpoints);
        AssignActionItemEndpoint.Map(endpoints);
        ListActionItemsEndpoint.Map(endpoints);
        ListMyActionItemsEndpoint.Map(endpoints);
        GetActionItemEndpoint.Map(endpoints);
        RecordProgressEndpoint.Map(endpoints);
        CompleteActionItemEndpoint.Map(endpoints);
        CancelActionItemEndpoint.Map(endpoints);
        AskForResourcesEndpoint.Map(endpoints);
        DecideResourceRequestEndpoint.Map(endpoints);
        GetMinutesEndpoint.Map(endpoints);
        GetMinutesHtmlEndpoint.Map(endpoints);
        GetMinutesPdfEndpoint.Map(endpoints);
        ListMinutesReadersEndpoint.Map(endpoints);
        GetInvitationEndpoint.Map(endpoints);
        SendInvitationsEndpoint.Map(endpoints);
        ListMyNotificationsEndpoint.Map(endpoints);
        MarkNotificationReadEndpoint.Map(endpoints);
    }

    public override void RegisterRecurringJobs(IRecurringJobRegistry jobs)
    {
        jobs.AddTenantJob<RemindActionItems>("meetings.remind-action-items", "*/15 * * * *");
        jobs.AddTenantJob<DistributeMinutes>("meetings.distribute-minutes", "* * * * *");
    }
}
