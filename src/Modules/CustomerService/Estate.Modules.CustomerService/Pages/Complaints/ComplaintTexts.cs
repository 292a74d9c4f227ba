using Estate.Modules.CustomerService.Contracts;
using Estate.Modules.CustomerService.Domain;
using Estate.Modules.Engineering.Contracts;
using Estate.SharedKernel.Ui;
using MudBlazor;

namespace Estate.Modules.CustomerService.Pages.Complaints;

/// <summary>How complaint values read on the pages, in both languages.</summary>
internal static class ComplaintTexts
{
    public static string Of(ComplaintStatus status) => (status switch
    {
        ComplaintStatus.Open => new LocalizedText("待响应", "Open"),
        ComplaintStatus.Responded => new LocalizedText("已响应", "Responded"),
        ComplaintStatus.Resolved => new LocalizedText("已解决", "Resolved"),
        ComplaintStatus.Closed => new LocalizedText("已关闭", "Closed"),
        _ => new LocalizedText(status.ToString(), status.ToString()),
    }).Current;

    public static string Of(ComplaintKind kind) => (kind switch
    {
        ComplaintKind.Complaint => new LocalizedText("投诉", "Complaint"),
        ComplaintKind.Suggestion => new LocalizedText("建议", "Suggestion"),
        ComplaintKind.Enquiry => new LocalizedText("咨询", "Enquiry"),
        _ => new LocalizedText(kind.ToString(), kind.ToString()),
    }).Current;

    public static string Of(ComplaintCategory category) => (category switch
    {
        ComplaintCategory.Cleaning => new LocalizedText("保洁", "Cleaning"),
        ComplaintCategory.Security => new LocalizedText("安保", "Security"),
        ComplaintCategory.Noise => new LocalizedText("噪音", "Noise"),
        ComplaintCategory.Parking => new LocalizedText("停车", "Parking"),
        ComplaintCategory.Repair => new LocalizedText("维修", "Repair"),
        ComplaintCategory.Fees => new LocalizedText("收费", "Fees"),
        ComplaintCategory.Other => new LocalizedText("其他", "Other"),
        _ => new LocalizedText(category.ToString(), category.ToString()),
    }).Current;

    public static string Of(ComplaintChannel channel) => (channel switch
    {
        ComplaintChannel.Phone => new LocalizedText("电话", "Phone"),
        ComplaintChannel.WalkIn => new LocalizedText("来访", "Walk-in"),
        ComplaintChannel.Hotline => new LocalizedText("热线", "Hotline"),
        ComplaintChannel.Online => new LocalizedText("线上", "Online"),
        _ => new LocalizedText(channel.ToString(), channel.ToString()),
    }).Current;

    public static string Of(Satisfaction satisfaction) => (satisfaction switch
    {
        Satisfaction.Satisfied => new LocalizedText("满意", "Satisfied"),
        Satisfaction.Neutral => new LocalizedText("一般", "Neutral"),
        Satisfaction.Dissatisfied => new LocalizedText("不满意", "Dissatisfied"),
        _ => new LocalizedText(satisfaction.ToString(), satisfaction.ToString()),
    }).Current;

    public static string Of(WorkOrderStatus status) => WorkOrderStatusNames.Of(status).Current;

    public static Color ColorOf(ComplaintStatus status) => status switch
    {
        ComplaintStatus.Open => Color.Warning,
        ComplaintStatus.Responded => Color.Info,
        _ => Color.Success,
    };
}
