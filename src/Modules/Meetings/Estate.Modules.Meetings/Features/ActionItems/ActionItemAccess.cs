using Estate.Modules.Meetings.Domain;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Ui;

namespace Estate.Modules.Meetings.Features.ActionItems;

internal static class ActionItemAccess
{
    /// <summary>The owner reports on an item; so do managers and the head of its department.</summary>
    public static async Task<Error?> RefuseUnlessResponsibleAsync(ActionItem item, People people, ITenantContext tenant, CancellationToken cancellationToken) =>
        item.OwnerUserId == tenant.UserId || await people.MaySpeakForAsync(item.Department, cancellationToken)
            ? null
            : new Error(ErrorKind.Forbidden, "action_item.not_yours", Texts.T("只有责任人、部门负责人或经理可以汇报此事项。", "Only the owner, the department's head or a manager reports on this item."));
}
