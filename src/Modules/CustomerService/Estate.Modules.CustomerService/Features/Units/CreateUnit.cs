using Estate.Modules.CustomerService.Contracts;
using Estate.Modules.CustomerService.Data;
using Estate.Modules.CustomerService.Domain;
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
using Unit = Estate.Modules.CustomerService.Domain.Unit;

namespace Estate.Modules.CustomerService.Features.Units;

/// <summary>Adds a unit to a building; also the HTTP body. The unit belongs to the building's property.</summary>
internal sealed record CreateUnit(Guid? BuildingId, string Number, string? Entrance, int? Floor, decimal? FloorArea) : ICommand<Result<UnitDetails>>;

internal sealed class CreateUnitValidator : AbstractValidator<CreateUnit>
{
    public CreateUnitValidator()
    {
        RuleFor(x => x.BuildingId).NotEmpty();
        RuleFor(x => x.Number).NotEmpty().MaximumLength(Unit.NumberMaxLength);
        RuleFor(x => x.Entrance).MaximumLength(Unit.EntranceMaxLength);
        RuleFor(x => x.Floor).InclusiveBetween(-10, Building.MaxFloors);
        RuleFor(x => x.FloorArea).NotNull().GreaterThan(0).LessThanOrEqualTo(Unit.MaxFloorArea).PrecisionScale(10, 2, ignoreTrailingZeros: true);
    }
}

internal sealed class CreateUnitHandler(CustomerServiceDbContext db, ITenantContext tenant, TimeProvider clock) : IRequestHandler<CreateUnit, Result<UnitDetails>>
{
    public async Task<Result<UnitDetails>> Handle(CreateUnit request, CancellationToken cancellationToken)
    {
        var building = await db.Buildings.FirstOrDefaultAsync(b => b.Id == request.BuildingId, cancellationToken);
        if (building is null)
        {
            return Error.Invalid("buildingId", Texts.T("楼栋不存在。", "Unknown building."));
        }

        var number = request.Number.Trim();
        if (await db.Units.AnyAsync(u => u.BuildingId == building.Id && u.Number == number, cancellationToken))
        {
            return Error.Conflict("unit.duplicate", Texts.T($"楼栋“{building.Name}”已有房屋“{number}”。", $"Building '{building.Name}' already has unit '{number}'."));
        }

        var unit = Unit.Create(tenant.OrganizationId, building.PropertyId, building.Id, number, request.Entrance, request.Floor, request.FloorArea!.Value, clock.StoredNow());
        db.Units.Add(unit);
        db.Publish(UnitEvents.Changed(unit, building.Name));
        await db.SaveChangesAsync(cancellationToken);
        return UnitDetails.From(unit, building.Name);
    }
}

internal static class CreateUnitEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("units", async (CreateUnit request, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(request, cancellationToken)).ToCreated(u => $"/api/customer-service/units/{u.Id}"))
            .WithName(nameof(CreateUnit))
            .RequireAuthorization(CustomerServicePermissions.Write);
}
