using Estate.Modules.Finance.Contracts;
using Estate.Modules.Finance.Data;
using Estate.Modules.Finance.Domain;
using Estate.Modules.Finance.Features.Units;
using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Ui;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Finance.Features.ParkingSpaces;

/// <summary>A unit takes a parking space of its property from a day (today unless given); also the HTTP body.</summary>
internal sealed record AssignParkingSpace(Guid? UnitId, string Number, DateOnly? AssignedOn) : ICommand<Result<ParkingSpaceDetails>>;

internal sealed class AssignParkingSpaceValidator : AbstractValidator<AssignParkingSpace>
{
    public AssignParkingSpaceValidator()
    {
        RuleFor(x => x.UnitId).NotEmpty();
        RuleFor(x => x.Number).NotEmpty().MaximumLength(ParkingSpace.NumberMaxLength);
    }
}

internal sealed class AssignParkingSpaceHandler(FinanceDbContext db, UnitLookup units, ITenantContext tenant, TimeProvider clock)
    : IRequestHandler<AssignParkingSpace, Result<ParkingSpaceDetails>>
{
    public async Task<Result<ParkingSpaceDetails>> Handle(AssignParkingSpace request, CancellationToken cancellationToken)
    {
        var unit = await units.FindAsync(request.UnitId!.Value, includeRemoved: false, cancellationToken);
        if (unit is null)
        {
            return Error.Invalid("unitId", Texts.T("房屋不存在。", "Unknown unit."));
        }

        var number = request.Number.Trim();
        if (await db.ParkingSpaces.AnyAsync(p => p.PropertyId == unit.PropertyId && p.Number == number && p.ReleasedOn == null, cancellationToken))
        {
            return Error.Conflict("parking_space.taken", Texts.T($"车位 {number} 已被其他房屋占用，请先释放。", $"Parking space {number} is held by another unit; release it first."));
        }

        var now = clock.StoredNow();
        var space = ParkingSpace.Assign(tenant.OrganizationId, unit, number, request.AssignedOn ?? CompanyCalendar.DateOf(now, tenant.TimeZone), now);
        db.ParkingSpaces.Add(space);
        await db.SaveChangesAsync(cancellationToken);
        return ParkingSpaceDetails.From(space);
    }
}

internal static class AssignParkingSpaceEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("parking-spaces", async (AssignParkingSpace request, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(request, cancellationToken)).ToCreated(p => $"/api/finance/parking-spaces/{p.Id}"))
            .WithName(nameof(AssignParkingSpace))
            .RequireAuthorization(FinancePermissions.Bill);
}
