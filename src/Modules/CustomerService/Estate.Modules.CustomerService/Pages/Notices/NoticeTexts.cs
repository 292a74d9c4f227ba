using Estate.Modules.CustomerService.Domain;
using Estate.SharedKernel.Ui;
using MudBlazor;

namespace Estate.Modules.CustomerService.Pages.Notices;

/// <summary>How notice values read on the pages, in both languages.</summary>
internal static class NoticeTexts
{
    public static string Of(NoticeKind kind) => (kind switch
    {
        NoticeKind.Event => new LocalizedText("活动", "Event"),
        NoticeKind.Outage => new LocalizedText("停水停电", "Outage"),
        NoticeKind.Delay => new LocalizedText("延期", "Delay"),
        NoticeKind.General => new LocalizedText("一般通知", "General"),
        _ => new LocalizedText(kind.ToString(), kind.ToString()),
    }).Current;

    public static string Of(NoticeStatus status) => (status switch
    {
        NoticeStatus.Draft => new LocalizedText("草稿", "Draft"),
        NoticeStatus.Sent => new LocalizedText("已发送", "Sent"),
        _ => new LocalizedText(status.ToString(), status.ToString()),
    }).Current;

    public static Color ColorOf(NoticeStatus status) => status == NoticeStatus.Sent ? Color.Success : Color.Default;
}
