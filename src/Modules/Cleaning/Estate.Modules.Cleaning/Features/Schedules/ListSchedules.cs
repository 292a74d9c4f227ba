using Estate.Modules.Cleaning.Contracts;
using Estate.Modules.Cleaning.Data;
using Estate.SharedKernel.Persistence;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Cleaning.Features.Schedules;

/// <summary>Schedules of the caller's properties, by property and window.</summary>
internal sealed record ListSchedules(int? Page, int? PageSize, Guid? PropertyId, Guid? ZoneId, bool? Active) : IRequest<Result<PagedList<ScheduleDetails>>>;

internal sealed class ListSchedulesValidator : AbstractValidator<ListSchedules>
{
    public ListSchedulesValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
    }
}

internal sealed class ListSchedulesHandler(CleaningDbContext db) : IRequestHandler<ListSchedules, Result<PagedList<ScheduleDetails>>>
{
    public async Task<Result<PagedList<ScheduleDetails>>> Handle(ListSchedules request, CancellationToken cancellationToken)
    {
        var query = db.Schedules.AsNoTracking();
        if (request.PropertyId is { } propertyId)
        {
            query = query.Where(s => s.PropertyId == propertyId);
        }

        if (request.ZoneId is { } zoneId)
        {
            query = query.Where(s => s.ZoneId == zoneId);
        }

        if (request.Active is { } active)
        {
            query = query.Where(s => s.IsActive == active);
        }

        return await query
            .OrderBy(s => s.PropertyId).ThenBy(s => s.WindowStart).ThenBy(s => s.Id)
            .Select(ScheduleDetails.Projection)
            .ToPagedListAsync(request.Page, request.PageSize, cancellationToken);
    }
}

internal static class ListSchedulesEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("schedules", async (int? page, int? pageSize, Guid? propertyId, Guid? zoneId, bool? active, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListSchedules(page, pageSize, propertyId, zoneId, active), cancellationToken)).ToOk())
            .WithName(nameof(ListSchedules))
            .RequireAuthorization(CleaningPermissions.Read);
}
