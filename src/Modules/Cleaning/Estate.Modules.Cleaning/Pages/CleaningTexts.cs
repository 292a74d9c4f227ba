using Estate.Modules.Cleaning.Domain;
using Estate.Modules.Engineering.Contracts;
using Estate.SharedKernel.Ui;

namespace Estate.Modules.Cleaning.Pages;

/// <summary>How cleaning values read on the pages, in both languages.</summary>
internal static class CleaningTexts
{
    public static string Of(ZoneKind kind) => (kind switch
    {
        ZoneKind.Lobby => new LocalizedText("大堂", "Lobby"),
        ZoneKind.Stairwell => new LocalizedText("楼梯间", "Stairwell"),
        ZoneKind.Corridor => new LocalizedText("走廊", "Corridor"),
        ZoneKind.Elevator => new LocalizedText("电梯轿厢", "Elevator"),
        ZoneKind.Garage => new LocalizedText("地下车库", "Garage"),
        ZoneKind.GreenArea => new LocalizedText("绿化带", "Green area"),
        ZoneKind.Road => new LocalizedText("道路", "Road"),
        ZoneKind.Facility => new LocalizedText("公共设施", "Facility"),
        ZoneKind.Other => new LocalizedText("其他", "Other"),
        _ => new LocalizedText(kind.ToString(), kind.ToString()),
    }).Current;

    public static string Of(ScheduleFrequency frequency) => (frequency switch
    {
        ScheduleFrequency.Daily => new LocalizedText("每天", "Daily"),
        ScheduleFrequency.Weekdays => new LocalizedText("每周指定日", "On weekdays"),
        ScheduleFrequency.EveryNDays => new LocalizedText("每隔 N 天", "Every N days"),
        _ => new LocalizedText(frequency.ToString(), frequency.ToString()),
    }).Current;

    public static string Money(decimal amount) => amount.ToString("N2", System.Globalization.CultureInfo.CurrentCulture);

    public static string Day(DayOfWeek day) => System.Globalization.CultureInfo.CurrentCulture.DateTimeFormat.GetAbbreviatedDayName(day);

    public static string Of(CleaningTaskStatus status) => (status switch
    {
        CleaningTaskStatus.Pending => new LocalizedText("待完成", "Pending"),
        CleaningTaskStatus.Done => new LocalizedText("已完成待检", "Done"),
        CleaningTaskStatus.Passed => new LocalizedText("检查合格", "Passed"),
        CleaningTaskStatus.Failed => new LocalizedText("检查不合格", "Failed"),
        CleaningTaskStatus.Missed => new LocalizedText("未完成", "Missed"),
        _ => new LocalizedText(status.ToString(), status.ToString()),
    }).Current;

    public static string Of(CollectionStatus status) => (status switch
    {
        CollectionStatus.OnTime => new LocalizedText("按时", "On time"),
        CollectionStatus.Late => new LocalizedText("迟到", "Late"),
        CollectionStatus.Missed => new LocalizedText("未清运", "Missed"),
        _ => new LocalizedText(status.ToString(), status.ToString()),
    }).Current;

    public static string Of(DeadCornerStatus status) => (status switch
    {
        DeadCornerStatus.Open => new LocalizedText("待处理", "Open"),
        DeadCornerStatus.InProgress => new LocalizedText("处理中", "In progress"),
        DeadCornerStatus.Resolved => new LocalizedText("已解决", "Resolved"),
        _ => new LocalizedText(status.ToString(), status.ToString()),
    }).Current;

    public static string Of(EngineeringNeed need) => (need switch
    {
        EngineeringNeed.BuildingWork => new LocalizedText("需土建维修", "Building work"),
        EngineeringNeed.SpecialTools => new LocalizedText("需专用工具", "Special tools"),
        _ => new LocalizedText(need.ToString(), need.ToString()),
    }).Current;

    public static string Of(WorkOrderStatus status) => WorkOrderStatusNames.Of(status).Current;
}
