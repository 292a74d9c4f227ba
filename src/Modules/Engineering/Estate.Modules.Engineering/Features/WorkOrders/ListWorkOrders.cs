using System.Linq.Expressions;
using Estate.Modules.Engineering.Contracts;
using Estate.Modules.Engineering.Data;
using Estate.Modules.Engineering.Domain;
using Estate.SharedKernel.Persistence;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Ui;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Engineering.Features.WorkOrders;

/// <summary>
/// Work orders of the caller's properties, one page at a time: newest first unless <c>sort</c> names another
/// order (<see cref="WorkOrderSorts"/>; a leading '-' sorts descending).
/// </summary>
internal sealed record ListWorkOrders(
    int? Page,
    int? PageSize,
    Guid? PropertyId,
    WorkOrderStatus? Status,
    WorkOrderPriority? Priority,
    WorkOrderCategory? Category,
    WorkOrderSource? Source,
    bool? Overdue,
    Guid? FacilityId,
    Guid? MaintenancePlanId,
    string? Sort = null) : IRequest<Result<PagedList<WorkOrderDetails>>>;

internal static class WorkOrderSorts
{
    public static readonly string[] All = ["createdAt", "-createdAt", "deadline", "-deadline", "priority", "-priority", "number", "-number", "status", "-status"];

    public static IOrderedQueryable<WorkOrder> Apply(IQueryable<WorkOrder> query, string? sort) => sort switch
    {
        "createdAt" => query.OrderBy(w => w.CreatedAt).ThenBy(w => w.Id),
        "deadline" => query.OrderBy(w => w.Deadline).ThenBy(w => w.Id),
        "-deadline" => query.OrderByDescending(w => w.Deadline).ThenByDescending(w => w.Id),
        "priority" => query.OrderBy(PriorityRank).ThenByDescending(w => w.CreatedAt).ThenByDescending(w => w.Id),
        "-priority" => query.OrderByDescending(PriorityRank).ThenByDescending(w => w.CreatedAt).ThenByDescending(w => w.Id),
        "number" => query.OrderBy(w => w.Number).ThenBy(w => w.Id),
        "-number" => query.OrderByDescending(w => w.Number).ThenByDescending(w => w.Id),
        "status" => query.OrderBy(StatusRank).ThenByDescending(w => w.CreatedAt).ThenByDescending(w => w.Id),
        "-status" => query.OrderByDescending(StatusRank).ThenByDescending(w => w.CreatedAt).ThenByDescending(w => w.Id),
        _ => query.OrderByDescending(w => w.CreatedAt).ThenByDescending(w => w.Id),
    };

    // Priority and status are stored as names; these put them in their order of urgency and of the work flow.
    private static readonly Expression<Func<WorkOrder, int>> PriorityRank = w =>
        w.Priority == WorkOrderPriority.Urgent ? 0 : w.Priority == WorkOrderPriority.High ? 1 : w.Priority == WorkOrderPriority.Normal ? 2 : 3;

    private static readonly Expression<Func<WorkOrder, int>> StatusRank = w =>
        w.Status == WorkOrderStatus.New ? 0
        : w.Status == WorkOrderStatus.Assigned ? 1
        : w.Status == WorkOrderStatus.InProgress ? 2
        : w.Status == WorkOrderStatus.Waiting ? 3
        : w.Status == WorkOrderStatus.Done ? 4
        : 5;
}

internal sealed class ListWorkOrdersValidator : AbstractValidator<ListWorkOrders>
{
    public ListWorkOrdersValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
        RuleFor(x => x.Status).IsInEnum();
        RuleFor(x => x.Priority).IsInEnum();
        RuleFor(x => x.Category).IsInEnum();
        RuleFor(x => x.Source).IsInEnum();
        RuleFor(x => x.Sort).Must(sort => sort is null || WorkOrderSorts.All.Contains(sort))
            .WithMessage(_ => Texts.T($"排序方式须为以下之一：{string.Join(", ", WorkOrderSorts.All)}。", $"Sort by one of: {string.Join(", ", WorkOrderSorts.All)}."));
    }
}

internal sealed class ListWorkOrdersHandler(EngineeringDbContext db) : IRequestHandler<ListWorkOrders, Result<PagedList<WorkOrderDetails>>>
{
    public async Task<Result<PagedList<WorkOrderDetails>>> Handle(ListWorkOrders request, CancellationToken cancellationToken)
    {
        var query = db.WorkOrders.AsNoTracking();
        if (request.PropertyId is { } propertyId)
        {
            query = query.Where(w => w.PropertyId == propertyId);
        }

        if (request.Status is { } status)
        {
            query = query.Where(w => w.Status == status);
        }

        if (request.Priority is { } priority)
        {
            query = query.Where(w => w.Priority == priority);
        }

        if (request.Category is { } category)
        {
            query = query.Where(w => w.Category == category);
        }

        if (request.Source is { } source)
        {
            query = query.Where(w => w.Source == source);
        }

        if (request.FacilityId is { } facilityId)
        {
            query = query.Where(w => w.FacilityId == facilityId);
        }

        if (request.MaintenancePlanId is { } planId)
        {
            query = query.Where(w => w.MaintenancePlanId == planId);
        }

        if (request.Overdue is { } overdue)
        {
            query = query.Where(w => w.IsOverdue == overdue);
        }

        return await WorkOrderSorts.Apply(query, request.Sort)
            .Select(WorkOrderDetails.Projection)
            .ToPagedListAsync(request.Page, request.PageSize, cancellationToken);
    }
}

internal static class ListWorkOrdersEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("work-orders", async (
                    int? page,
                    int? pageSize,
                    Guid? propertyId,
                    QueryEnum<WorkOrderStatus>? status,
                    QueryEnum<WorkOrderPriority>? priority,
                    QueryEnum<WorkOrderCategory>? category,
                    QueryEnum<WorkOrderSource>? source,
                    bool? overdue,
                    Guid? facilityId,
                    Guid? maintenancePlanId,
                    string? sort,
                    IMediator mediator,
                    CancellationToken cancellationToken) =>
                (await mediator.Send(
                    new ListWorkOrders(page, pageSize, propertyId, status?.Value, priority?.Value, category?.Value, source?.Value, overdue, facilityId, maintenancePlanId, sort),
                    cancellationToken)).ToOk())
            .WithName(nameof(ListWorkOrders))
            .RequireAuthorization(EngineeringPermissions.Read);
}
