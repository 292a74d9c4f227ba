using System.Globalization;
using Estate.Modules.Engineering.Domain;
using Estate.SharedKernel.Ui;
using MudBlazor;

namespace Estate.Modules.Engineering.Pages.MaintenancePlans;

/// <summary>How maintenance plan values read on the pages, in both languages.</summary>
internal static class MaintenancePlanTexts
{
    public static string Of(MaintenancePlanStatus status) => (status switch
    {
        MaintenancePlanStatus.Active => new LocalizedText("执行中", "Active"),
        _ => new LocalizedText("已暂停", "Paused"),
    }).Current;

    public static string Of(MaintenanceInterval interval) => (interval switch
    {
        MaintenanceInterval.Days => new LocalizedText("天", "Days"),
        _ => new LocalizedText("月", "Months"),
    }).Current;

    public static Color ColorOf(MaintenancePlanStatus status) => status == MaintenancePlanStatus.Active ? Color.Success : Color.Warning;

    public static string Every(MaintenanceInterval interval, int length) => (interval switch
    {
        MaintenanceInterval.Days => new LocalizedText($"每 {length} 天", $"Every {length.ToString(CultureInfo.CurrentCulture)} days"),
        _ => new LocalizedText($"每 {length} 个月", $"Every {length.ToString(CultureInfo.CurrentCulture)} months"),
    }).Current;
}
