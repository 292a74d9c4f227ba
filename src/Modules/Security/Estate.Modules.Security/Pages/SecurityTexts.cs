using Estate.Modules.Security.Domain;
using Estate.SharedKernel.Ui;

namespace Estate.Modules.Security.Pages;

/// <summary>How security values read on the pages, in both languages.</summary>
internal static class SecurityTexts
{
    public static string Of(FireSafetyAreaKind kind) => (kind switch
    {
        FireSafetyAreaKind.EvacuationRoute => new LocalizedText("疏散通道", "Evacuation route"),
        FireSafetyAreaKind.FireEquipment => new LocalizedText("消防器材", "Fire equipment"),
        FireSafetyAreaKind.ControlRoom => new LocalizedText("消防控制室", "Control room"),
        FireSafetyAreaKind.PumpRoom => new LocalizedText("消防泵房", "Pump room"),
        FireSafetyAreaKind.Garage => new LocalizedText("地下车库", "Garage"),
        FireSafetyAreaKind.PowerRoom => new LocalizedText("配电房", "Power room"),
        FireSafetyAreaKind.Other => new LocalizedText("其他", "Other"),
        _ => new LocalizedText(kind.ToString(), kind.ToString()),
    }).Current;

    public static string Of(PostKind kind) => (kind switch
    {
        PostKind.Gate => new LocalizedText("门岗", "Gate"),
        PostKind.Patrol => new LocalizedText("巡逻岗", "Patrol"),
        PostKind.ControlRoom => new LocalizedText("监控室", "Control room"),
        PostKind.Parking => new LocalizedText("车场岗", "Parking"),
        PostKind.Lobby => new LocalizedText("大堂岗", "Lobby"),
        PostKind.Other => new LocalizedText("其他", "Other"),
        _ => new LocalizedText(kind.ToString(), kind.ToString()),
    }).Current;

    public static string Of(FindingStatus status) => (status switch
    {
        FindingStatus.Open => new LocalizedText("待整改", "Open"),
        FindingStatus.Fixed => new LocalizedText("已整改", "Fixed"),
        _ => new LocalizedText(status.ToString(), status.ToString()),
    }).Current;

    public static string Of(PatrolTaskStatus status) => (status switch
    {
        PatrolTaskStatus.Scheduled => new LocalizedText("待巡更", "Scheduled"),
        PatrolTaskStatus.InProgress => new LocalizedText("巡更中", "In progress"),
        PatrolTaskStatus.Complete => new LocalizedText("已完成", "Complete"),
        PatrolTaskStatus.Incomplete => new LocalizedText("未完成", "Incomplete"),
        PatrolTaskStatus.Absent => new LocalizedText("漏巡", "Absent"),
        _ => new LocalizedText(status.ToString(), status.ToString()),
    }).Current;

    public static string Of(CheckpointStatus status) => (status switch
    {
        CheckpointStatus.Pending => new LocalizedText("待打卡", "Pending"),
        CheckpointStatus.Done => new LocalizedText("已打卡", "Done"),
        CheckpointStatus.Late => new LocalizedText("迟到打卡", "Late"),
        CheckpointStatus.Missed => new LocalizedText("漏打卡", "Missed"),
        _ => new LocalizedText(status.ToString(), status.ToString()),
    }).Current;

    public static string Of(IncidentStatus status) => (status switch
    {
        IncidentStatus.Open => new LocalizedText("待处理", "Open"),
        IncidentStatus.Handling => new LocalizedText("处理中", "Handling"),
        IncidentStatus.Closed => new LocalizedText("已关闭", "Closed"),
        _ => new LocalizedText(status.ToString(), status.ToString()),
    }).Current;

    public static string Of(IncidentSeverity severity) => (severity switch
    {
        IncidentSeverity.Low => new LocalizedText("低", "Low"),
        IncidentSeverity.Medium => new LocalizedText("中", "Medium"),
        IncidentSeverity.High => new LocalizedText("高", "High"),
        IncidentSeverity.Critical => new LocalizedText("紧急", "Critical"),
        _ => new LocalizedText(severity.ToString(), severity.ToString()),
    }).Current;

    public static string Of(IncidentType type) => (type switch
    {
        IncidentType.Theft => new LocalizedText("盗窃", "Theft"),
        IncidentType.Fire => new LocalizedText("火情", "Fire"),
        IncidentType.Fight => new LocalizedText("纠纷斗殴", "Fight"),
        IncidentType.Intrusion => new LocalizedText("非法闯入", "Intrusion"),
        IncidentType.Injury => new LocalizedText("人员受伤", "Injury"),
        IncidentType.Vehicle => new LocalizedText("车辆", "Vehicle"),
        IncidentType.Other => new LocalizedText("其他", "Other"),
        _ => new LocalizedText(type.ToString(), type.ToString()),
    }).Current;

    public static string Of(AccessProblemStatus status) => (status switch
    {
        AccessProblemStatus.Open => new LocalizedText("待处理", "Open"),
        AccessProblemStatus.InRepair => new LocalizedText("维修中", "In repair"),
        AccessProblemStatus.Resolved => new LocalizedText("已解决", "Resolved"),
        _ => new LocalizedText(status.ToString(), status.ToString()),
    }).Current;

}
