using Estate.Modules.CustomerService.Contracts;
using Estate.Modules.CustomerService.Data;
using Estate.Modules.CustomerService.Domain;
using Estate.Modules.CustomerService.Features.Units;
using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Ui;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.CustomerService.Features.Buildings;

internal sealed record UpdateBuildingBody(string Name, int? Floors, uint? Version);

/// <summary>Renames a building or corrects its floors; its units follow (their events carry the new name).</summary>
internal sealed record UpdateBuilding(Guid Id, string Name, int? Floors, uint? Version) : ICommand<Result<BuildingDetails>>;

internal sealed class UpdateBuildingValidator : AbstractValidator<UpdateBuilding>
{
    public UpdateBuildingValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(Building.NameMaxLength);
        RuleFor(x => x.Floors).InclusiveBetween(1, Building.MaxFloors);
        RuleFor(x => x.Version).NotNull();
    }
}

internal sealed class UpdateBuildingHandler(CustomerServiceDbContext db) : IRequestHandler<UpdateBuilding, Result<BuildingDetails>>
{
    public async Task<Result<BuildingDetails>> Handle(UpdateBuilding request, CancellationToken cancellationToken)
    {
        var building = await db.FindToChangeAsync<Building>(request.Id, request.Version!.Value, cancellationToken);
        if (building is null)
        {
            return Error.NotFound(new("楼栋", "Building"), request.Id);
        }

        var name = request.Name.Trim();
        if (await db.Buildings.AnyAsync(b => b.PropertyId == building.PropertyId && b.Name == name && b.Id != building.Id, cancellationToken))
        {
            return Error.Conflict("building.duplicate", Texts.T($"该小区已有名为“{name}”的楼栋。", $"The property already has a building named '{name}'."));
        }

        var renamed = building.Name != name;
        building.Update(name, request.Floors);
        if (renamed)
        {
            // Other departments keep the building name with each unit.
            var units = await db.Units.Where(u => u.BuildingId == building.Id).ToListAsync(cancellationToken);
            foreach (var unit in units)
            {
                db.Publish(UnitEvents.Changed(unit, building.Name));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return BuildingDetails.From(building);
    }
}

internal static class UpdateBuildingEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPut("buildings/{id}", async (Guid id, UpdateBuildingBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new UpdateBuilding(id, body.Name, body.Floors, body.Version), cancellationToken)).ToOk())
            .WithName(nameof(UpdateBuilding))
            .RequireAuthorization(CustomerServicePermissions.Write);
}
