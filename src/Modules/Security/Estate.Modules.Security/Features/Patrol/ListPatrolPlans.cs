using Estate.Modules.Security.Contracts;
using Estate.Modules.Security.Data;
using Estate.SharedKernel.Persistence;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Security.Features.Patrol;

internal sealed record ListPatrolPlans(int? Page, int? PageSize, Guid? PropertyId, Guid? RouteId, bool? Active) : IRequest<Result<PagedList<PatrolPlanDetails>>>;

internal sealed class ListPatrolPlansValidator : AbstractValidator<ListPatrolPlans>
{
    public ListPatrolPlansValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
    }
}

internal sealed class ListPatrolPlansHandler(SecurityDbContext db) : IRequestHandler<ListPatrolPlans, Result<PagedList<PatrolPlanDetails>>>
{
    public async Task<Result<PagedList<PatrolPlanDetails>>> Handle(ListPatrolPlans request, CancellationToken cancellationToken)
    {
        var query = db.PatrolPlans.AsNoTracking();
        if (request.PropertyId is { } propertyId)
        {
            query = query.Where(p => p.PropertyId == propertyId);
        }

        if (request.RouteId is { } routeId)
        {
            query = query.Where(p => p.RouteId == routeId);
        }

        if (request.Active is { } active)
        {
            query = query.Where(p => p.IsActive == active);
        }

        return await query.OrderByDescending(p => p.CreatedAt).ThenBy(p => p.Id)
            .Select(PatrolPlanDetails.Projection)
            .ToPagedListAsync(request.Page, request.PageSize, cancellationToken);
    }
}

internal static class ListPatrolPlansEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("patrol/plans", async (int? page, int? pageSize, Guid? propertyId, Guid? routeId, bool? active, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListPatrolPlans(page, pageSize, propertyId, routeId, active), cancellationToken)).ToOk())
            .WithName(nameof(ListPatrolPlans))
            .RequireAuthorization(SecurityPermissions.Read);
}
