using Estate.Modules.Meetings.Data;
using Estate.Modules.Meetings.Domain;
using Estate.Modules.Meetings.Features;
using Estate.Modules.Meetings.Features.Meetings;
using Estate.SharedKernel.Reports;
using Estate.SharedKernel.Security;
using Estate.SharedKernel.Seeding;
using Estate.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Meetings.Seeding;

/// <summary>
/// The demo company's weekly operations meeting: last week's meeting, closed with its minutes (reports frozen
/// from whatever the departments had then), and tomorrow's, whose agenda is pulled live from the departments
/// and brings back last week's open action items.
/// </summary>
internal sealed class MeetingsDemoData(MeetingsDbContext db, MeetingClosing closing, ITenantContext tenant, TimeProvider clock) : IDemoDataSeeder
{
    private const string RemoteManager = "赵敏 (滨江公寓项目经理)";

    // The past meeting freezes every department's report, so their demo data must be there first.
    public bool UsesOtherModulesData => true;

    public async Task SeedAsync(DemoCompany company, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(company);
        var chair = company.Users.FirstOrDefault(u => u.Role == PlatformRoles.SeniorManager) ?? company.Users.FirstOrDefault(u => u.Role == PlatformRoles.CompanyAdmin);
        if (chair is null || await db.Series.AnyAsync(cancellationToken))
        {
            return;
        }

        var org = company.OrganizationId;
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, tenant.TimeZone).DateTime);
        var at930 = (DateOnly day) => MeetingRules.StartOfDay(day, tenant.TimeZone).AddHours(9.5);
        var lastWeek = at930(today.AddDays(-6));
        var tomorrow = at930(today.AddDays(1));

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var series = MeetingSeries.Create(
            org, "每周运营例会 (Weekly operations meeting)", MeetingCadence.Weekly, "物业服务中心三楼会议室", "https://meet.example.com/estate-weekly-ops",
            chair.Id, chair.DisplayName, company.Properties.Select(p => p.Id), null, 90, lastWeek.AddDays(-30));
        db.Series.Add(series);

        var past = Meeting.Plan(
            org, series.Id, $"{series.Title} {today.AddDays(-6):yyyy-MM-dd}", lastWeek, lastWeek.AddMinutes(90), series.Place, series.OnlineLink, series.PropertyIds,
            chair.Id, chair.DisplayName, series.AgendaTemplate, null, null, lastWeek.AddDays(-2));
        db.Meetings.Add(past);
        var participants = Invite(org, past.Id, company, chair, lastWeek.AddDays(-2));
        db.Participants.AddRange(participants);
        foreach (var p in participants)
        {
            p.RecordAttendance(p.Name == RemoteManager ? Attendance.Remote : Attendance.Present);
        }

        var head = company.Users.FirstOrDefault(u => u.Role == PlatformRoles.DepartmentHead) ?? chair;
        var department = head.Department ?? "engineering";
        db.ReportComments.Add(ReportComment.Write(org, past.Id, department, "本周电梯维修因配件缺货延误两单，已联系备用供应商。", head.Id, head.DisplayName, lastWeek.AddHours(-3)));
        var elevator = Problem.Raise(
            org, past.Id, "3号楼电梯配件缺货导致维修延误", "业主多次来电询问维修进度。", ProblemSource.OwnerComplaint, "原供应商备件库存不足，且未提前告知客服。",
            department, "与备用供应商签订应急供货协议；延误工单原因当天同步客服。", null, null, chair.Id, lastWeek.AddMinutes(20));
        var gate = Problem.Raise(
            org, past.Id, "东门门禁刷卡失灵反复出现", "保安班长反映高峰期业主排队。", ProblemSource.InternalGap, "读卡器老化，且保安未接受故障处置培训。",
            department, "更换读卡器并组织一次门禁故障处置培训。", null, null, chair.Id, lastWeek.AddMinutes(35));
        db.Problems.AddRange(elevator, gate);
        db.Decisions.Add(MeetingDecision.Record(org, past.Id, "工程部每天向客服部通报延误工单及原因，客服统一向业主解释。", department, lastWeek.AddMinutes(50)));

        var lights = ActionItem.Assign(
            org, past.Id, series.Id, null, "更换主干道老化路灯", head.Id, head.DisplayName, null, department, today.AddDays(14), tenant.TimeZone,
            "提高小区夜间照明，减少安全隐患", null, lastWeek.AddMinutes(60));
        var satisfaction = ActionItem.Assign(
            org, past.Id, series.Id, null, "业主满意度提升到90%以上", chair.Id, chair.DisplayName, null, "customer-service", today.AddDays(30), tenant.TimeZone,
            "加强员工培训、优化服务流程", new IndicatorTargetSpec("customer-service", "satisfaction", TargetComparison.AtLeast, 90m), lastWeek.AddMinutes(65));
        var parts = ActionItem.Assign(
            org, past.Id, series.Id, elevator.Id, "电梯配件应急采购", head.Id, head.DisplayName, null, department, today.AddDays(-2), tenant.TimeZone,
            "三日内到货并完成维修", null, lastWeek.AddMinutes(70));
        parts.Complete("配件已到货，两台电梯均已修复。", now.AddDays(-3));
        db.ActionItems.AddRange(lights, satisfaction, parts);

        var crew = ResourceRequest.Ask(org, past.Id, "cleaning", ResourceKind.People, "临时增派保洁人员", "春节前后垃圾量大，清运不及时遭投诉。", 2, null, lastWeek.AddMinutes(75));
        crew.Decide(ResourceDecision.PartlyApproved, 1, "先增派1人，两周后复评。", "工程部同期需要人手配合路灯更换，由保洁部优先使用外包。", lastWeek.AddMinutes(80));
        db.ResourceRequests.Add(crew);
        await db.SaveChangesAsync(cancellationToken);

        await closing.CloseAsync(past, "本周重点：电梯维修延误与门禁故障。会议决定工程部与客服部建立延误通报机制，路灯更换下月内完成，满意度目标90%。", lastWeek.AddMinutes(95), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        lights.RecordProgress("已完成询价，计划下周施工。", now.AddDays(-1));

        var upcoming = Meeting.Plan(
            org, series.Id, $"{series.Title} {today.AddDays(1):yyyy-MM-dd}", tomorrow, tomorrow.AddMinutes(90), series.Place, series.OnlineLink, series.PropertyIds,
            chair.Id, chair.DisplayName, series.AgendaTemplate, null, null, now);
        db.Meetings.Add(upcoming);
        db.Participants.AddRange(Invite(org, upcoming.Id, company, chair, now));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static List<Participant> Invite(Guid org, Guid meetingId, DemoCompany company, DemoUser chair, DateTimeOffset at)
    {
        var invited = new List<Participant> { Participant.Invite(org, meetingId, chair.Id, chair.DisplayName, chair.Email, ParticipantRole.SeniorManagement, null, at) };
        invited.AddRange(company.Users.Where(u => u.Role == PlatformRoles.DepartmentHead)
            .Select(u => Participant.Invite(org, meetingId, u.Id, u.DisplayName, u.Email, ParticipantRole.DepartmentHead, u.Department, at)));
        invited.AddRange(company.Users.Where(u => u.Role == PlatformRoles.Staff).Take(2)
            .Select(u => Participant.Invite(org, meetingId, u.Id, u.DisplayName, u.Email, ParticipantRole.FrontlineRepresentative, u.Department, at)));
        invited.Add(Participant.Invite(org, meetingId, null, RemoteManager, null, ParticipantRole.RemotePropertyManager, null, at));
        return invited;
    }
}
