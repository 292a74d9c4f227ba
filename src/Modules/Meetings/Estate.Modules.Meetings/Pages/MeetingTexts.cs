using System.Globalization;
using Estate.Modules.Meetings.Domain;
using Estate.SharedKernel.Reports;
using Estate.SharedKernel.Ui;

namespace Estate.Modules.Meetings.Pages;

/// <summary>How meeting values read on the pages, in both languages, and meeting times in the company's zone.</summary>
internal static class MeetingTexts
{
    public static string Of(MeetingStatus status) => (status switch
    {
        MeetingStatus.Planned => new LocalizedText("已计划", "Planned"),
        MeetingStatus.Closed => new LocalizedText("已闭会", "Closed"),
        MeetingStatus.Cancelled => new LocalizedText("已取消", "Cancelled"),
        _ => new LocalizedText(status.ToString(), status.ToString()),
    }).Current;

    public static string Of(MeetingCadence cadence) => (cadence switch
    {
        MeetingCadence.Weekly => new LocalizedText("每周", "Weekly"),
        MeetingCadence.Biweekly => new LocalizedText("每两周", "Every two weeks"),
        MeetingCadence.Monthly => new LocalizedText("每月", "Monthly"),
        MeetingCadence.Quarterly => new LocalizedText("每季度", "Quarterly"),
        MeetingCadence.Irregular => new LocalizedText("不定期", "Irregular"),
        _ => new LocalizedText(cadence.ToString(), cadence.ToString()),
    }).Current;

    public static string Of(ParticipantRole role) => (role switch
    {
        ParticipantRole.SeniorManagement => new LocalizedText("高层管理人员", "Senior management"),
        ParticipantRole.DepartmentHead => new LocalizedText("部门负责人", "Department head"),
        ParticipantRole.FrontlineRepresentative => new LocalizedText("一线代表", "Frontline representative"),
        ParticipantRole.RemotePropertyManager => new LocalizedText("远程项目经理", "Remote property manager"),
        ParticipantRole.Guest => new LocalizedText("来宾", "Guest"),
        _ => new LocalizedText(role.ToString(), role.ToString()),
    }).Current;

    public static string Of(Attendance? attendance) => (attendance switch
    {
        Attendance.Present => new LocalizedText("出席", "Present"),
        Attendance.Remote => new LocalizedText("线上", "Remote"),
        Attendance.Absent => new LocalizedText("缺席", "Absent"),
        _ => new LocalizedText("未登记", "Not recorded"),
    }).Current;

    public static string Of(ProblemSource source) => (source switch
    {
        ProblemSource.OwnerComplaint => new LocalizedText("业主投诉", "Owner complaint"),
        ProblemSource.InternalGap => new LocalizedText("内部管理漏洞", "Internal gap"),
        ProblemSource.OutsidePartner => new LocalizedText("外部合作单位", "Outside partner"),
        _ => new LocalizedText(source.ToString(), source.ToString()),
    }).Current;

    public static string Of(ActionItemStatus status) => (status switch
    {
        ActionItemStatus.Open => new LocalizedText("未开始", "Open"),
        ActionItemStatus.InProgress => new LocalizedText("进行中", "In progress"),
        ActionItemStatus.Done => new LocalizedText("已完成", "Done"),
        ActionItemStatus.Cancelled => new LocalizedText("已撤销", "Cancelled"),
        _ => new LocalizedText(status.ToString(), status.ToString()),
    }).Current;

    public static string Of(ResourceKind kind) => (kind switch
    {
        ResourceKind.People => new LocalizedText("人员", "People"),
        ResourceKind.Materials => new LocalizedText("物资", "Materials"),
        ResourceKind.Money => new LocalizedText("资金", "Money"),
        _ => new LocalizedText(kind.ToString(), kind.ToString()),
    }).Current;

    public static string Of(ResourceDecision decision) => (decision switch
    {
        ResourceDecision.Pending => new LocalizedText("待决定", "Pending"),
        ResourceDecision.Approved => new LocalizedText("批准", "Approved"),
        ResourceDecision.PartlyApproved => new LocalizedText("部分批准", "Partly approved"),
        ResourceDecision.Rejected => new LocalizedText("驳回", "Rejected"),
        _ => new LocalizedText(decision.ToString(), decision.ToString()),
    }).Current;

    public static string Of(FinanceRoute route) => (route switch
    {
        FinanceRoute.NotApplicable => new LocalizedText("不涉及财务", "No finance involved"),
        FinanceRoute.RecordedInMeetingOnly => new LocalizedText("仅记录于会议（财务模块未启用）", "Recorded in the meeting only (finance is off)"),
        FinanceRoute.SentToFinance => new LocalizedText("已提交财务审批", "Sent to finance"),
        _ => new LocalizedText(route.ToString(), route.ToString()),
    }).Current;

    public static string Of(TargetComparison comparison) => comparison == TargetComparison.AtLeast ? "≥" : "≤";

    /// <summary>A department (module id) by its name; departments the platform does not know read as their id.</summary>
    public static string Department(string? moduleId) => moduleId switch
    {
        null or "" => "—",
        "engineering" => T("工程部", "Engineering"),
        "customer-service" => T("客服部", "Customer service"),
        "security" => T("安保部", "Security"),
        "cleaning" => T("保洁部", "Cleaning"),
        "finance" => T("财务部", "Finance"),
        "meetings" => T("工作会议", "Meetings"),
        _ => moduleId,
    };

    public static string Number(decimal? value, string? unit = null) =>
        value is { } v ? v.ToString("0.##", CultureInfo.CurrentCulture) + (string.IsNullOrEmpty(unit) ? "" : Unit(unit)) : "—";

    /// <summary>The change since the previous period, signed, e.g. "+5" or "−2.5".</summary>
    public static string Change(decimal? change) => change switch
    {
        null => "—",
        > 0 => "+" + change.Value.ToString("0.##", CultureInfo.CurrentCulture),
        < 0 => "−" + (-change.Value).ToString("0.##", CultureInfo.CurrentCulture),
        _ => "±0",
    };

    private static string Unit(string unit) => unit switch
    {
        "%" => "%",
        "count" => "",
        "h" => T(" 小时", " h"),
        _ => " " + unit,
    };

    private static string T(string zh, string en) => Texts.T(zh, en);
}

/// <summary>The company's clock for the pages: meeting times shown and entered in the company's zone.</summary>
internal sealed class MeetingClock(string timeZoneId)
{
    public TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);

    public DateTimeOffset Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public string Time(DateTimeOffset instant) => Local(instant).ToString("g", CultureInfo.CurrentCulture);

    public string Day(DateTimeOffset instant) => Local(instant).ToString("d", CultureInfo.CurrentCulture);

    public string TimeOfDay(DateTimeOffset instant) => Local(instant).ToString("t", CultureInfo.CurrentCulture);

    public DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(Local(clock.GetUtcNow()).DateTime);

    /// <summary>A local day and time of the company as an instant.</summary>
    public DateTimeOffset Instant(DateTime day, TimeSpan time)
    {
        var local = DateTime.SpecifyKind(day.Date + time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
