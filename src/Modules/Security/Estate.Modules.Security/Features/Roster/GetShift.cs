using Estate.Modules.Security.Contracts;
using Estate.Modules.Security.Data;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Security.Features.Roster;

internal sealed record GetShift(Guid Id) : IRequest<Result<ShiftDetails>>;

internal sealed class GetShiftHandler(SecurityDbContext db) : IRequestHandler<GetShift, Result<ShiftDetails>>
{
    public async Task<Result<ShiftDetails>> Handle(GetShift request, CancellationToken cancellationToken) =>
        await db.Shifts.AsNoTracking().Where(s => s.Id == request.Id).Select(ShiftDetails.Projection).FirstOrDefaultAsync(cancellationToken) is { } shift
            ? shift
            : Error.NotFound(new("班次", "Shift"), request.Id);
}

internal static class GetShiftEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("shifts/{id}", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetShift(id), cancellationToken)).ToOk())
            .WithName(nameof(GetShift))
            .RequireAuthorization(SecurityPermissions.Read);
}
