using Estate.Modules.Engineering.Contracts;
using Estate.SharedKernel.Ui;

namespace Estate.Modules.Engineering.Pages.WorkOrders;

/// <summary>How work-order values read on the pages, in both languages.</summary>
internal static class WorkOrderTexts
{
    public static string Of(WorkOrderStatus status) => (status switch
    {
        WorkOrderStatus.New => new LocalizedText("新建", "New"),
        WorkOrderStatus.Assigned => new LocalizedText("已派单", "Assigned"),
        WorkOrderStatus.InProgress => new LocalizedText("处理中", "In progress"),
        WorkOrderStatus.Waiting => new LocalizedText("等待中", "Waiting"),
        WorkOrderStatus.Done => new LocalizedText("已完成", "Done"),
        WorkOrderStatus.Closed => new LocalizedText("已关闭", "Closed"),
        _ => new LocalizedText(status.ToString(), status.ToString()),
    }).Current;
}
