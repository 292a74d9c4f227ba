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

internal sealed record ListPatrolRoutes(int? Page, int? PageSize, Guid? PropertyId) : IRequest<Result<PagedList<PatrolRouteDetails>>>;

internal sealed class ListPatrolRoutesValidator : AbstractValidator<ListPatrolRoutes>
{
    public ListPatrolRoutesValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
    }
}

internal sealed class ListPatrolRoutesHandler(SecurityDbContext db) : IRequestHandler<ListPatrolRoutes, Result<PagedList<PatrolRouteDetails>>>
{
    public async Task<Result<PagedList<PatrolRouteDetails>>> Handle(ListPatrolRoutes request, CancellationToken cancellationToken)
    {
        var query = db.PatrolRoutes.AsNoTracking();
        if (request.PropertyId is { } propertyId)
        {
            query = query.Where(r => r.PropertyId == propertyId);
        }

        return await query.OrderBy(r => r.PropertyId).ThenBy(r => r.Name)
            .Select(PatrolRouteDetails.Projection)
            .ToPagedListAsync(request.Page, request.PageSize, cancellationToken);
    }
}

internal static class ListPatrolRoutesEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("patrol/routes", async (int? page, int? pageSize, Guid? propertyId, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListPatrolRoutes(page, pageSize, propertyId), cancellationToken)).ToOk())
            .WithName(nameof(ListPatrolRoutes))
            .RequireAuthorization(SecurityPermissions.Read);
}
