using Estate.Modules.CustomerService.Contracts;
using Estate.Modules.CustomerService.Data;
using Estate.Modules.CustomerService.Domain;
using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Ui;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Unit = Estate.Modules.CustomerService.Domain.Unit;

namespace Estate.Modules.CustomerService.Features.Units;

internal sealed record UpdateUnitBody(string Number, string? Entrance, int? Floor, decimal? FloorArea, uint? Version);

/// <summary>Re-numbers or re-measures a unit; finance bills the new floor area from the next bill on.</summary>
internal sealed record UpdateUnit(Guid Id, string Number, string? Entrance, int? Floor, decimal? FloorArea, uint? Version) : ICommand<Result<UnitDetails>>;

internal sealed class UpdateUnitValidator : AbstractValidator<UpdateUnit>
{
    public UpdateUnitValidator()
    {
        RuleFor(x => x.Number).NotEmpty().MaximumLength(Unit.NumberMaxLength);
        RuleFor(x => x.Entrance).MaximumLength(Unit.EntranceMaxLength);
        RuleFor(x => x.Floor).InclusiveBetween(-10, Building.MaxFloors);
        RuleFor(x => x.FloorArea).NotNull().GreaterThan(0).LessThanOrEqualTo(Unit.MaxFloorArea).PrecisionScale(10, 2, ignoreTrailingZeros: true);
        RuleFor(x => x.Version).NotNull();
    }
}

internal sealed class UpdateUnitHandler(CustomerServiceDbContext db, TimeProvider clock) : IRequestHandler<UpdateUnit, Result<UnitDetails>>
{
    public async Task<Result<UnitDetails>> Handle(UpdateUnit request, CancellationToken cancellationToken)
    {
        var unit = await db.FindToChangeAsync<Unit>(request.Id, request.Version!.Value, cancellationToken);
        if (unit is null)
        {
            return Error.NotFound(new("房屋", "Unit"), request.Id);
        }

        var number = request.Number.Trim();
        if (await db.Units.AnyAsync(u => u.BuildingId == unit.BuildingId && u.Number == number && u.Id != unit.Id, cancellationToken))
        {
            return Error.Conflict("unit.duplicate", Texts.T($"该楼栋已有房屋“{number}”。", $"The building already has unit '{number}'."));
        }

        var buildingName = await db.Buildings.Where(b => b.Id == unit.BuildingId).Select(b => b.Name).FirstAsync(cancellationToken);
        if (unit.Update(number, request.Entrance, request.Floor, request.FloorArea!.Value, clock.StoredNow()))
        {
            db.Publish(UnitEvents.Changed(unit, buildingName));
        }

        await db.SaveChangesAsync(cancellationToken);
        return UnitDetails.From(unit, buildingName);
    }
}

internal static class UpdateUnitEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPut("units/{id}", async (Guid id, UpdateUnitBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new UpdateUnit(id, body.Number, body.Entrance, body.Floor, body.FloorArea, body.Version), cancellationToken)).ToOk())
            .WithName(nameof(UpdateUnit))
            .RequireAuthorization(CustomerServicePermissions.Write);
}
