using Estate.Modules.Engineering.Contracts;
using Estate.Modules.Engineering.Data;
using Estate.Modules.Engineering.Domain;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Ui;
using FluentValidation;
using MediatR;

namespace Estate.Modules.Engineering.Features.WorkOrders;

/// <summary>Another department opens a work order through engineering's contract (<see cref="OpenWorkOrder"/>).</summary>
internal sealed class OpenWorkOrderValidator : AbstractValidator<OpenWorkOrder>
{
    public OpenWorkOrderValidator()
    {
        RuleFor(x => x.PropertyId).NotEmpty();
        RuleFor(x => x.Title).NotEmpty().MaximumLength(WorkOrder.TitleMaxLength);
        RuleFor(x => x.Description).MaximumLength(WorkOrder.DescriptionMaxLength);
        RuleFor(x => x.Category).IsInEnum();
        RuleFor(x => x.Priority).IsInEnum();
        RuleFor(x => x.Source).IsInEnum();
        RuleFor(x => x.ReferenceType).MaximumLength(WorkOrder.ReferenceTypeMaxLength);
    }
}

internal sealed class OpenWorkOrderHandler(EngineeringDbContext db, IPropertyDirectory properties, ITenantContext tenant, TimeProvider clock)
    : IRequestHandler<OpenWorkOrder, Result<WorkOrderSummary>>
{
    public async Task<Result<WorkOrderSummary>> Handle(OpenWorkOrder request, CancellationToken cancellationToken)
    {
        if (await properties.FindAsync(request.PropertyId, cancellationToken) is null)
        {
            return Error.Invalid("propertyId", Texts.T("小区不存在。", "Unknown property."));
        }

        var workOrder = WorkOrder.Open(
            tenant.OrganizationId, request.PropertyId, null, request.Title, request.Description, request.Category, request.Priority, request.Source,
            clock.GetUtcNow(), await db.ResolutionTimeLimitAsync(request.Category, request.Priority, cancellationToken), tenant.TimeZone,
            request.ReferenceType, request.ReferenceId);
        db.WorkOrders.Add(workOrder);
        db.Publish(new WorkOrderOpened(
            workOrder.OrganizationId, workOrder.Id, workOrder.PropertyId, workOrder.Number, workOrder.Title,
            workOrder.Category, workOrder.Priority, workOrder.Source, workOrder.Deadline));
        return WorkOrderSummaries.From(workOrder);
    }
}
