using Estate.Modules.Security.Contracts;
using Estate.Modules.Security.Data;
using Estate.Modules.Security.Domain;
using Estate.SharedKernel.Persistence;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Security.Features.FireSafety;

internal sealed record ListFireSafetyAreas(int? Page, int? PageSize, Guid? PropertyId, FireSafetyAreaKind? Kind) : IRequest<Result<PagedList<FireSafetyAreaDetails>>>;

internal sealed class ListFireSafetyAreasValidator : AbstractValidator<ListFireSafetyAreas>
{
    public ListFireSafetyAreasValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
        RuleFor(x => x.Kind).IsInEnum();
    }
}

internal sealed class ListFireSafetyAreasHandler(SecurityDbContext db) : IRequestHandler<ListFireSafetyAreas, Result<PagedList<FireSafetyAreaDetails>>>
{
    public async Task<Result<PagedList<FireSafetyAreaDetails>>> Handle(ListFireSafetyAreas request, CancellationToken cancellationToken)
    {
        var query = db.FireSafetyAreas.AsNoTracking();
        if (request.PropertyId is { } propertyId)
        {
            query = query.Where(a => a.PropertyId == propertyId);
        }

        if (request.Kind is { } kind)
        {
            query = query.Where(a => a.Kind == kind);
        }

        return await query.OrderBy(a => a.PropertyId).ThenBy(a => a.Name)
            .Select(FireSafetyAreaDetails.Projection)
            .ToPagedListAsync(request.Page, request.PageSize, cancellationToken);
    }
}

internal static class ListFireSafetyAreasEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("fire-safety/areas", async (int? page, int? pageSize, Guid? propertyId, QueryEnum<FireSafetyAreaKind>? kind, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListFireSafetyAreas(page, pageSize, propertyId, kind?.Value), cancellationToken)).ToOk())
            .WithName(nameof(ListFireSafetyAreas))
            .RequireAuthorization(SecurityPermissions.Read);
}
