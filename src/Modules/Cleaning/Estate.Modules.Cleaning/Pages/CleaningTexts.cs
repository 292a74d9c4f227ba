using Estate.Modules.Cleaning.Domain;
using Estate.SharedKernel.Ui;

namespace Estate.Modules.Cleaning.Pages;

/// <summary>How cleaning values read on the pages, in both languages.</summary>
internal static class CleaningTexts
{
    public static string Of(CleaningTaskStatus status) => (status switch
    {
        CleaningTaskStatus.Pending => new LocalizedText("待完成", "Pending"),
        CleaningTaskStatus.Done => new LocalizedText("已完成待检", "Done"),
        CleaningTaskStatus.Passed => new LocalizedText("检查合格", "Passed"),
        CleaningTaskStatus.Failed => new LocalizedText("检查不合格", "Failed"),
        CleaningTaskStatus.Missed => new LocalizedText("未完成", "Missed"),
        _ => new LocalizedText(status.ToString(), status.ToString()),
    }).Current;

    public static string Time(DateTimeOffset at) => at.ToLocalTime().ToString("g", System.Globalization.CultureInfo.CurrentCulture);
}
