using Estate.Modules.Finance.Contracts;
using Estate.Modules.Finance.Data;
using Estate.Modules.Finance.Domain;
using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Estate.Modules.Finance.Features.ParkingSpaces;

internal sealed record ReleaseParkingSpaceBody(DateOnly? LastDay, uint? Version);

/// <summary>The unit gives the space up after <paramref name="LastDay"/> (today unless given); months after it are not billed for it.</summary>
internal sealed record ReleaseParkingSpace(Guid Id, DateOnly? LastDay, uint? Version) : ICommand<Result<ParkingSpaceDetails>>;

internal sealed class ReleaseParkingSpaceValidator : AbstractValidator<ReleaseParkingSpace>
{
    public ReleaseParkingSpaceValidator() => RuleFor(x => x.Version).NotNull();
}

internal sealed class ReleaseParkingSpaceHandler(FinanceDbContext db, ITenantContext tenant, TimeProvider clock)
    : IRequestHandler<ReleaseParkingSpace, Result<ParkingSpaceDetails>>
{
    public async Task<Result<ParkingSpaceDetails>> Handle(ReleaseParkingSpace request, CancellationToken cancellationToken)
    {
        var space = await db.FindToChangeAsync(db.ParkingSpaces.Where(p => p.Id == request.Id), p => p.Version, request.Version!.Value, cancellationToken);
        if (space is null)
        {
            return Error.NotFound(new("车位", "Parking space"), request.Id);
        }

        space.Release(request.LastDay ?? CompanyCalendar.DateOf(clock.GetUtcNow(), tenant.TimeZone));
        await db.SaveChangesAsync(cancellationToken);
        return ParkingSpaceDetails.From(space);
    }
}

internal static class ReleaseParkingSpaceEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("parking-spaces/{id}/release", async (Guid id, ReleaseParkingSpaceBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ReleaseParkingSpace(id, body.LastDay, body.Version), cancellationToken)).ToOk())
            .WithName(nameof(ReleaseParkingSpace))
            .RequireAuthorization(FinancePermissions.Bill);
}
