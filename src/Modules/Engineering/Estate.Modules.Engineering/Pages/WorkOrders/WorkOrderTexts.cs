using Estate.Modules.Engineering.Contracts;
using Estate.SharedKernel.Ui;
using MudBlazor;

namespace Estate.Modules.Engineering.Pages.WorkOrders;

/// <summary>How work-order values read on the pages, in both languages.</summary>
internal static class WorkOrderTexts
{
    public static string Of(WorkOrderStatus status) => WorkOrderStatusNames.Of(status).Current;

    public static string Of(WorkOrderPriority priority) => (priority switch
    {
        WorkOrderPriority.Urgent => new LocalizedText("紧急", "Urgent"),
        WorkOrderPriority.High => new LocalizedText("高", "High"),
        WorkOrderPriority.Normal => new LocalizedText("普通", "Normal"),
        WorkOrderPriority.Low => new LocalizedText("低", "Low"),
        _ => new LocalizedText(priority.ToString(), priority.ToString()),
    }).Current;

    public static string Of(WorkOrderCategory category) => (category switch
    {
        WorkOrderCategory.Elevator => new LocalizedText("电梯", "Elevator"),
        WorkOrderCategory.Plumbing => new LocalizedText("给排水", "Plumbing"),
        WorkOrderCategory.Electrical => new LocalizedText("电气", "Electrical"),
        WorkOrderCategory.Lighting => new LocalizedText("照明", "Lighting"),
        WorkOrderCategory.FireSafety => new LocalizedText("消防", "Fire safety"),
        WorkOrderCategory.AccessControl => new LocalizedText("门禁", "Access control"),
        WorkOrderCategory.Civil => new LocalizedText("土建", "Civil works"),
        WorkOrderCategory.Hvac => new LocalizedText("暖通空调", "HVAC"),
        WorkOrderCategory.Other => new LocalizedText("其他", "Other"),
        _ => new LocalizedText(category.ToString(), category.ToString()),
    }).Current;

    public static string Of(WorkOrderSource source) => (source switch
    {
        WorkOrderSource.OwnerRequest => new LocalizedText("业主报修", "Owner request"),
        WorkOrderSource.CustomerService => new LocalizedText("客服转单", "Customer service"),
        WorkOrderSource.Patrol => new LocalizedText("巡查发现", "Patrol"),
        WorkOrderSource.Inspection => new LocalizedText("检查发现", "Inspection"),
        WorkOrderSource.Internal => new LocalizedText("内部", "Internal"),
        _ => new LocalizedText(source.ToString(), source.ToString()),
    }).Current;

    public static Color ColorOf(WorkOrderStatus status) => status switch
    {
        WorkOrderStatus.New => Color.Info,
        WorkOrderStatus.Waiting => Color.Warning,
        WorkOrderStatus.Done or WorkOrderStatus.Closed => Color.Success,
        _ => Color.Primary,
    };
}
