using Estate.Modules.Engineering.Contracts;
using Estate.Modules.Security.Contracts;
using Estate.Modules.Security.Data;
using Estate.Modules.Security.Domain;
using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Ui;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Security.Features.FireSafety;

/// <summary>A checklist item as inspected: a failed one has a note, and may need a repair and a deadline of its own.</summary>
internal sealed record InspectedItem(string Name, bool? Passed, string? Note, bool? NeedsRepair, DateOnly? FixDeadline);

/// <summary>
/// Records a fire-safety inspection of an area. Each failed item raises a finding to fix by its deadline (default
/// a week); one needing repair opens an engineering work order when the company has engineering. Also the HTTP body.
/// </summary>
internal sealed record RecordFireInspection(Guid? AreaId, DateTimeOffset? InspectedAt, string? Notes, IReadOnlyList<InspectedItem>? Items)
    : ICommand<Result<FireInspectionDetails>>;

internal sealed class RecordFireInspectionValidator : AbstractValidator<RecordFireInspection>
{
    public RecordFireInspectionValidator(TimeProvider clock)
    {
        RuleFor(x => x.AreaId).NotEmpty();
        RuleFor(x => x.InspectedAt).Must(at => at <= clock.GetUtcNow().AddMinutes(5)).When(x => x.InspectedAt is not null)
            .WithMessage(_ => Texts.T("检查日期不能晚于今天。", "An inspection cannot be in the future."));
        RuleFor(x => x.Notes).MaximumLength(FireInspection.NotesMaxLength);
        RuleFor(x => x.Items).Cascade(CascadeMode.Stop).NotEmpty()
            .Must(i => i!.Count <= FireInspection.MaxItems).WithMessage(_ => Texts.T($"一次检查最多 {FireInspection.MaxItems} 项。", $"An inspection has at most {FireInspection.MaxItems} items."));
        RuleForEach(x => x.Items).NotNull().ChildRules(item =>
        {
            item.RuleFor(i => i.Name).NotEmpty().MaximumLength(FireInspectionItem.NameMaxLength);
            item.RuleFor(i => i.Passed).NotNull();
            item.RuleFor(i => i.Note).MaximumLength(FireInspectionItem.NoteMaxLength);
            item.RuleFor(i => i.Note).NotEmpty().When(i => i.Passed == false).WithMessage(_ => Texts.T("不合格项须说明存在的问题。", "A failed item says what is wrong."));
            item.RuleFor(i => i.NeedsRepair).Must(n => n != true).When(i => i.Passed == true).WithMessage(_ => Texts.T("只有不合格项才需要维修。", "Only a failed item needs repair."));
            item.RuleFor(i => i.FixDeadline).Null().When(i => i.Passed == true).WithMessage(_ => Texts.T("只有不合格项才有整改期限。", "Only a failed item has a fix deadline."));
        });
    }
}

internal sealed class RecordFireInspectionHandler(SecurityDbContext db, SignedInUser signedIn, EngineeringRepairs repairs, ITenantContext tenant, TimeProvider clock)
    : IRequestHandler<RecordFireInspection, Result<FireInspectionDetails>>
{
    public const string ReferenceType = "security.fire-safety-finding";

    public async Task<Result<FireInspectionDetails>> Handle(RecordFireInspection request, CancellationToken cancellationToken)
    {
        var area = await db.FireSafetyAreas.AsNoTracking().FirstOrDefaultAsync(a => a.Id == request.AreaId, cancellationToken);
        if (area is null)
        {
            return Error.Invalid("areaId", Texts.T("检查区域不存在。", "Unknown inspection area."));
        }

        var now = clock.GetUtcNow();
        var inspectedAt = request.InspectedAt?.ToUniversalTime() ?? now;
        var inspectedOn = CompanyCalendar.DateOf(inspectedAt, tenant.TimeZone);
        for (var i = 0; i < request.Items!.Count; i++)
        {
            if (request.Items[i].FixDeadline is { } deadline && deadline < inspectedOn)
            {
                return Error.Invalid($"items[{i}].fixDeadline", Texts.T("整改期限不能早于检查日期。", "A fix deadline is on or after the inspection day."));
            }
        }

        var (userId, userName) = await signedIn.WhoAsync(cancellationToken);
        var (inspection, findings) = FireInspection.Record(
            area,
            inspectedAt,
            inspectedOn,
            userId,
            userName,
            request.Notes,
            [.. request.Items.Select(i => new FireInspection.CheckedItem(i.Name, i.Passed!.Value, i.Note, i.NeedsRepair ?? false, i.FixDeadline))],
            now);
        db.FireInspections.Add(inspection);
        db.FireSafetyFindings.AddRange(findings);

        // Stored first, so a work order never points at a finding the database refused.
        await db.SaveChangesAsync(cancellationToken);
        var repairsOpened = new Dictionary<Guid, RepairStatus>();
        foreach (var finding in findings.Where(f => f.NeedsRepair))
        {
            var workOrder = await repairs.OpenAsync(
                finding.PropertyId,
                $"消防整改：{finding.AreaName} - {finding.ItemName}",
                $"{finding.Description}（整改期限 {finding.FixDeadline:yyyy-MM-dd}）",
                WorkOrderCategory.FireSafety,
                WorkOrderSource.Inspection,
                ReferenceType,
                finding.Id,
                cancellationToken);
            if (workOrder is not null)
            {
                finding.LinkWorkOrder(workOrder.WorkOrderId, workOrder.Number);
                repairsOpened[finding.Id] = RepairStatus.From(workOrder);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        var today = CompanyCalendar.DateOf(now, tenant.TimeZone);
        var findingDetails = findings.Select(f => FireSafetyFindingDetails.From(f, today, repairsOpened.GetValueOrDefault(f.Id))).ToList();
        return FireInspectionViews.Details(inspection, findingDetails);
    }
}

internal static class RecordFireInspectionEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("fire-safety/inspections", async (RecordFireInspection request, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(request, cancellationToken)).ToCreated(i => $"/api/security/fire-safety/inspections/{i.Inspection.Id}"))
            .WithName(nameof(RecordFireInspection))
            .RequireAuthorization(SecurityPermissions.FieldWork);
}
