using Estate.Modules.Security.Contracts;
using Estate.Modules.Security.Data;
using Estate.Modules.Security.Domain;
using Estate.SharedKernel.Persistence;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Ui;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Security.Features.Patrol;

/// <summary>Patrol tasks by scheduled start, latest first; from/to are company-local days, both included.</summary>
internal sealed record ListPatrolTasks(
    int? Page,
    int? PageSize,
    Guid? PropertyId,
    Guid? PlanId,
    Guid? RouteId,
    PatrolTaskStatus? Status,
    DateOnly? From,
    DateOnly? To) : IRequest<Result<PagedList<PatrolTaskSummary>>>;

internal sealed class ListPatrolTasksValidator : AbstractValidator<ListPatrolTasks>
{
    public ListPatrolTasksValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
        RuleFor(x => x.Status).IsInEnum();
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).When(x => x.From is not null && x.To is not null).WithMessage(_ => Texts.T("结束日期（to）不能早于开始日期（from）。", "'to' is on or after 'from'."));
    }
}

internal sealed class ListPatrolTasksHandler(SecurityDbContext db, ITenantContext tenant) : IRequestHandler<ListPatrolTasks, Result<PagedList<PatrolTaskSummary>>>
{
    public async Task<Result<PagedList<PatrolTaskSummary>>> Handle(ListPatrolTasks request, CancellationToken cancellationToken)
    {
        var query = db.PatrolTasks.AsNoTracking();
        if (request.PropertyId is { } propertyId)
        {
            query = query.Where(t => t.PropertyId == propertyId);
        }

        if (request.PlanId is { } planId)
        {
            query = query.Where(t => t.PlanId == planId);
        }

        if (request.RouteId is { } routeId)
        {
            query = query.Where(t => t.RouteId == routeId);
        }

        if (request.Status is { } status)
        {
            query = query.Where(t => t.Status == status);
        }

        if (request.From is { } from)
        {
            var start = CompanyCalendar.StartOf(from, tenant.TimeZone);
            query = query.Where(t => t.ScheduledStart >= start);
        }

        if (request.To is { } to)
        {
            var end = CompanyCalendar.StartOf(to.AddDays(1), tenant.TimeZone);
            query = query.Where(t => t.ScheduledStart < end);
        }

        return await query
            .OrderByDescending(t => t.ScheduledStart).ThenBy(t => t.Id)
            .Select(t => new PatrolTaskSummary(
                t.Id,
                t.PropertyId,
                t.PlanId,
                t.RouteId,
                t.RouteName,
                t.ScheduledStart,
                t.DueBy,
                t.WindowClosesAt,
                t.Status,
                t.CheckpointCount,
                db.PatrolTaskCheckpoints.Count(c => c.TaskId == t.Id && (c.Status == CheckpointStatus.Done || c.Status == CheckpointStatus.Late)),
                db.PatrolTaskCheckpoints.Count(c => c.TaskId == t.Id && c.Status == CheckpointStatus.Late),
                db.PatrolTaskCheckpoints.Count(c => c.TaskId == t.Id && c.Status == CheckpointStatus.Missed),
                t.ClosedAt))
            .ToPagedListAsync(request.Page, request.PageSize, cancellationToken);
    }
}

internal static class ListPatrolTasksEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("patrol/tasks", async (
                    int? page,
                    int? pageSize,
                    Guid? propertyId,
                    Guid? planId,
                    Guid? routeId,
                    QueryEnum<PatrolTaskStatus>? status,
                    DateOnly? from,
                    DateOnly? to,
                    IMediator mediator,
                    CancellationToken cancellationToken) =>
                (await mediator.Send(new ListPatrolTasks(page, pageSize, propertyId, planId, routeId, status?.Value, from, to), cancellationToken)).ToOk())
            .WithName(nameof(ListPatrolTasks))
            .RequireAuthorization(SecurityPermissions.Read);
}
