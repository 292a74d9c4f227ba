using Estate.Modules.Engineering.Domain;
using Estate.Modules.Engineering.Features.Facilities;
using Estate.SharedKernel.Ui;

namespace Estate.Modules.Engineering.Pages;

/// <summary>How facility and project values read on the pages, in both languages.</summary>
internal static class EngineeringTexts
{
    public static string Of(FacilityCategory category) => (category switch
    {
        FacilityCategory.Elevator => new LocalizedText("电梯", "Elevator"),
        FacilityCategory.WaterSupply => new LocalizedText("供水设备", "Water supply"),
        FacilityCategory.Power => new LocalizedText("供配电", "Power"),
        FacilityCategory.Lighting => new LocalizedText("照明", "Lighting"),
        FacilityCategory.FireEquipment => new LocalizedText("消防设备", "Fire equipment"),
        FacilityCategory.AccessGates => new LocalizedText("门禁道闸", "Access gates"),
        _ => new LocalizedText("其他", "Other"),
    }).Current;

    public static string Of(FacilityImportance importance) => (importance switch
    {
        FacilityImportance.Critical => new LocalizedText("关键", "Critical"),
        FacilityImportance.High => new LocalizedText("重要", "High"),
        FacilityImportance.Normal => new LocalizedText("一般", "Normal"),
        _ => new LocalizedText("低", "Low"),
    }).Current;

    public static string Of(AgingReason reason) => (reason switch
    {
        AgingReason.PastServiceLife => new LocalizedText("已超使用年限", "Past its service life"),
        AgingReason.ServiceLifeEndingSoon => new LocalizedText("使用年限将到", "Service life ending soon"),
        _ => new LocalizedText("保修将到期", "Warranty ending soon"),
    }).Current;

    public static string Of(ProjectStatus status) => (status switch
    {
        ProjectStatus.Planned => new LocalizedText("计划中", "Planned"),
        ProjectStatus.UnderWay => new LocalizedText("进行中", "Under way"),
        ProjectStatus.Done => new LocalizedText("已完成", "Done"),
        _ => new LocalizedText("已取消", "Cancelled"),
    }).Current;

    public static string Of(ProjectFundingStatus status) => (status switch
    {
        ProjectFundingStatus.NotRequested => new LocalizedText("未申请", "Not requested"),
        ProjectFundingStatus.Requested => new LocalizedText("已申请", "Requested"),
        ProjectFundingStatus.Unfunded => new LocalizedText("无资金来源", "Unfunded"),
        ProjectFundingStatus.Approved => new LocalizedText("已批准", "Approved"),
        ProjectFundingStatus.PartlyApproved => new LocalizedText("部分批准", "Partly approved"),
        _ => new LocalizedText("已驳回", "Rejected"),
    }).Current;

    public static string Date(DateOnly? date) => date?.ToString("d", System.Globalization.CultureInfo.CurrentCulture) ?? "—";

    public static string Money(decimal? amount) => amount?.ToString("N2", System.Globalization.CultureInfo.CurrentCulture) ?? "—";
}
