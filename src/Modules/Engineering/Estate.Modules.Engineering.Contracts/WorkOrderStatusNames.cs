using Estate.SharedKernel.Ui;

namespace Estate.Modules.Engineering.Contracts;

/// <summary>What a work order's status is called on pages, for every module that shows one.</summary>
public static class WorkOrderStatusNames
{
    public static LocalizedText Of(WorkOrderStatus status) => status switch
    {
        WorkOrderStatus.New => new LocalizedText("新建", "New"),
        WorkOrderStatus.Assigned => new LocalizedText("已派单", "Assigned"),
        WorkOrderStatus.InProgress => new LocalizedText("处理中", "In progress"),
        WorkOrderStatus.Waiting => new LocalizedText("等待中", "Waiting"),
        WorkOrderStatus.Done => new LocalizedText("已完成", "Done"),
        WorkOrderStatus.Closed => new LocalizedText("已关闭", "Closed"),
        _ => new LocalizedText(status.ToString(), status.ToString()),
    };
}
