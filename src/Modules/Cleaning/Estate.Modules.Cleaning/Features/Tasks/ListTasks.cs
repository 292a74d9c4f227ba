using Estate.Modules.Cleaning.Contracts;
using Estate.Modules.Cleaning.Data;
using Estate.Modules.Cleaning.Domain;
using Estate.SharedKernel.Persistence;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Cleaning.Features.Tasks;

/// <summary>Tasks of the caller's properties, latest day first; <see cref="From"/> inclusive, <see cref="To"/> exclusive (local dates).</summary>
internal sealed record ListTasks(
    int? Page,
    int? PageSize,
    Guid? PropertyId,
    Guid? ZoneId,
    Guid? ScheduleId,
    CleaningTaskStatus? Status,
    DateOnly? From,
    DateOnly? To) : IRequest<Result<PagedList<TaskDetails>>>;

internal sealed class ListTasksValidator : AbstractValidator<ListTasks>
{
    public ListTasksValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
        RuleFor(x => x.Status).IsInEnum();
        RuleFor(x => x.To).GreaterThan(x => x.From).When(x => x.From is not null && x.To is not null);
    }
}

internal sealed class ListTasksHandler(CleaningDbContext db) : IRequestHandler<ListTasks, Result<PagedList<TaskDetails>>>
{
    public async Task<Result<PagedList<TaskDetails>>> Handle(ListTasks request, CancellationToken cancellationToken)
    {
        var query = db.Tasks.AsNoTracking();
        if (request.PropertyId is { } propertyId)
        {
            query = query.Where(t => t.PropertyId == propertyId);
        }

        if (request.ZoneId is { } zoneId)
        {
            query = query.Where(t => t.ZoneId == zoneId);
        }

        if (request.ScheduleId is { } scheduleId)
        {
            query = query.Where(t => t.ScheduleId == scheduleId);
        }

        if (request.Status is { } status)
        {
            query = query.Where(t => t.Status == status);
        }

        if (request.From is { } from)
        {
            query = query.Where(t => t.Date >= from);
        }

        if (request.To is { } to)
        {
            query = query.Where(t => t.Date < to);
        }

        return await query
            .OrderByDescending(t => t.Date).ThenBy(t => t.WindowStart).ThenBy(t => t.Id)
            .Select(TaskDetails.Projection)
            .ToPagedListAsync(request.Page, request.PageSize, cancellationToken);
    }
}

internal static class ListTasksEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("tasks", async (
                    int? page,
                    int? pageSize,
                    Guid? propertyId,
                    Guid? zoneId,
                    Guid? scheduleId,
                    QueryEnum<CleaningTaskStatus>? status,
                    DateOnly? from,
                    DateOnly? to,
                    IMediator mediator,
                    CancellationToken cancellationToken) =>
                (await mediator.Send(new ListTasks(page, pageSize, propertyId, zoneId, scheduleId, status?.Value, from, to), cancellationToken)).ToOk())
            .WithName(nameof(ListTasks))
            .RequireAuthorization(CleaningPermissions.Read);
}
