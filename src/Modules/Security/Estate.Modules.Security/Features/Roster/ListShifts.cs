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

namespace Estate.Modules.Security.Features.Roster;

internal sealed record ListShifts(int? Page, int? PageSize, Guid? PropertyId) : IRequest<Result<PagedList<ShiftDetails>>>;

internal sealed class ListShiftsValidator : AbstractValidator<ListShifts>
{
    public ListShiftsValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
    }
}

internal sealed class ListShiftsHandler(SecurityDbContext db) : IRequestHandler<ListShifts, Result<PagedList<ShiftDetails>>>
{
    public async Task<Result<PagedList<ShiftDetails>>> Handle(ListShifts request, CancellationToken cancellationToken)
    {
        var query = db.Shifts.AsNoTracking();
        if (request.PropertyId is { } propertyId)
        {
            query = query.Where(s => s.PropertyId == propertyId);
        }

        return await query.OrderBy(s => s.PropertyId).ThenBy(s => s.StartsAt).ThenBy(s => s.Name)
            .Select(ShiftDetails.Projection)
            .ToPagedListAsync(request.Page, request.PageSize, cancellationToken);
    }
}

internal static class ListShiftsEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("shifts", async (int? page, int? pageSize, Guid? propertyId, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListShifts(page, pageSize, propertyId), cancellationToken)).ToOk())
            .WithName(nameof(ListShifts))
            .RequireAuthorization(SecurityPermissions.Read);
}
