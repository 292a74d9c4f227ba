using Estate.Modules.Engineering.Contracts;
using Estate.Modules.Engineering.Data;
using Estate.Modules.Engineering.Domain;
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

namespace Estate.Modules.Engineering.Features.WorkOrders;

/// <summary>Opens a work order; also the HTTP body (required value fields are nullable so a missing one is a field error).</summary>
internal sealed record CreateWorkOrder(
    Guid? PropertyId,
    Guid? FacilityId,
    string Title,
    string? Description,
    WorkOrderCategory? Category,
    WorkOrderPriority? Priority,
    WorkOrderSource? Source) : ICommand<Result<WorkOrderDetails>>;

internal sealed class CreateWorkOrderValidator : AbstractValidator<CreateWorkOrder>
{
    public CreateWorkOrderValidator()
    {
        RuleFor(x => x.PropertyId).NotEmpty();
        RuleFor(x => x.Title).NotEmpty().MaximumLength(WorkOrder.TitleMaxLength);
        RuleFor(x => x.Description).MaximumLength(WorkOrder.DescriptionMaxLength);
        RuleFor(x => x.Category).NotNull().IsInEnum();
        RuleFor(x => x.Priority).NotNull().IsInEnum();
        RuleFor(x => x.Source).NotNull().IsInEnum();
    }
}

internal sealed class CreateWorkOrderHandler(EngineeringDbContext db, IPropertyDirectory properties, ITenantContext tenant, TimeProvider clock)
    : IRequestHandler<CreateWorkOrder, Result<WorkOrderDetails>>
{
    public async Task<Result<WorkOrderDetails>> Handle(CreateWorkOrder request, CancellationToken cancellationToken)
    {
        var property = await properties.FindAsync(request.PropertyId!.Value, cancellationToken);
        if (property is null)
        {
            return Error.Invalid("propertyId", Texts.T("小区不存在。", "Unknown property."));
        }

        if (request.FacilityId is { } facilityId
            && !await db.Facilities.AnyAsync(f => f.Id == facilityId && f.PropertyId == property.Id, cancellationToken))
        {
            return Error.Invalid("facilityId", Texts.T("该小区没有此设施设备。", "No such facility in this property."));
        }

        var (category, priority) = (request.Category!.Value, request.Priority!.Value);
        var workOrder = WorkOrder.Open(
            tenant.OrganizationId,
            property.Id,
            request.FacilityId,
            request.Title,
            request.Description,
            category,
            priority,
            request.Source!.Value,
            clock.GetUtcNow(),
            await db.ResolutionTimeLimitAsync(category, priority, cancellationToken),
            tenant.TimeZone);
        db.WorkOrders.Add(workOrder);
        db.Publish(new WorkOrderOpened(
            workOrder.OrganizationId,
            workOrder.Id,
            workOrder.PropertyId,
            workOrder.Number,
            workOrder.Title,
            workOrder.Category,
            workOrder.Priority,
            workOrder.Source,
            workOrder.Deadline));

        // Saved here rather than by the unit of work so the answer carries the stored version.
        await db.SaveChangesAsync(cancellationToken);
        return WorkOrderDetails.From(workOrder);
    }
}

internal static class CreateWorkOrderEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("work-orders", async (CreateWorkOrder request, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(request, cancellationToken)).ToCreated(w => $"/api/engineering/work-orders/{w.Id}"))
            .WithName(nameof(CreateWorkOrder))
            .RequireAuthorization(EngineeringPermissions.WriteWorkOrders);
}
