using Estate.Modules.Cleaning.Contracts;
using Estate.Modules.Cleaning.Domain;
using Estate.Modules.Engineering.Contracts;
using Estate.SharedKernel.Modules;
using Estate.SharedKernel.Results;
using MediatR;

namespace Estate.Modules.Cleaning.Features.DeadCorners;

/// <summary>
/// Hands a dead corner that needs building work or special tools to engineering as a work order, through
/// engineering's contract. Without engineering (not installed, or switched off for the company) the corner
/// stays with cleaning, marked as needing engineering, and can be referred again later.
/// </summary>
internal static class EngineeringReferral
{
    public const string EngineeringModuleId = "engineering";

    /// <summary>Opens the work order when engineering is available; the corner records it. Returns whether one was opened.</summary>
    public static async Task<Result<bool>> TryReferAsync(DeadCorner deadCorner, IModuleAvailability modules, IMediator mediator, CancellationToken cancellationToken)
    {
        if (!await modules.IsAvailableAsync(EngineeringModuleId, cancellationToken))
        {
            return false;
        }

        // Engineering commits its work order in its own transaction; cleaning's record of it commits right after.
        var opened = await mediator.Send(
            new OpenWorkOrder(
                deadCorner.PropertyId,
                TitleOf(deadCorner),
                DescriptionOf(deadCorner),
                deadCorner.EngineeringNeed == EngineeringNeed.BuildingWork ? WorkOrderCategory.Civil : WorkOrderCategory.Other,
                WorkOrderPriority.Normal,
                WorkOrderSource.Inspection,
                CleaningReferences.DeadCorner,
                deadCorner.Id),
            cancellationToken);
        if (!opened.IsSuccess)
        {
            return opened.Error!;
        }

        deadCorner.ReferredAs(opened.Value.WorkOrderId, opened.Value.Number);
        return true;
    }

    private static string TitleOf(DeadCorner deadCorner)
    {
        var title = $"卫生死角：{deadCorner.Place}";
        return title.Length <= 200 ? title : title[..200];
    }

    private static string DescriptionOf(DeadCorner deadCorner)
    {
        var need = deadCorner.EngineeringNeed == EngineeringNeed.BuildingWork ? "需要工程改造 (building work needed)" : "需要特殊工具 (special tools needed)";
        return deadCorner.PhotoUrl is null
            ? $"{deadCorner.Description}\n{need}"
            : $"{deadCorner.Description}\n{need}\n照片 (photo): {deadCorner.PhotoUrl}";
    }
}
