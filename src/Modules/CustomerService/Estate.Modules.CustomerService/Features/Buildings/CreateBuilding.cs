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

namespace Estate.Modules.CustomerService.Features.Buildings;

/// <summary>Adds a building to a property; also the HTTP body.</summary>
internal sealed record CreateBuilding(Guid? PropertyId, string Name, int? Floors) : ICommand<Result<BuildingDetails>>;

internal sealed class CreateBuildingValidator : AbstractValidator<CreateBuilding>
{
    public CreateBuildingValidator()
    {
        RuleFor(x => x.PropertyId).NotEmpty();
        RuleFor(x => x.Name).NotEmpty().MaximumLength(Building.NameMaxLength);
        RuleFor(x => x.Floors).InclusiveBetween(1, Building.MaxFloors);
    }
}

internal sealed class CreateBuildingHandler(CustomerServiceDbContext db, IPropertyDirectory properties, ITenantContext tenant, TimeProvider clock)
    : IRequestHandler<CreateBuilding, Result<BuildingDetails>>
{
    public async Task<Result<BuildingDetails>> Handle(CreateBuilding request, CancellationToken cancellationToken)
    {
        var property = await properties.FindAsync(request.PropertyId!.Value, cancellationToken);
        if (property is null)
        {
            return Error.Invalid("propertyId", Texts.T("小区不存在。", "Unknown property."));
        }

        var name = request.Name.Trim();
        if (await db.Buildings.AnyAsync(b => b.PropertyId == property.Id && b.Name == name, cancellationToken))
        {
            return Error.Conflict("building.duplicate", Texts.T($"该小区已有名为“{name}”的楼栋。", $"The property already has a building named '{name}'."));
        }

        var building = Building.Create(tenant.OrganizationId, property.Id, name, request.Floors, clock.StoredNow());
        db.Buildings.Add(building);
        await db.SaveChangesAsync(cancellationToken);
        return BuildingDetails.From(building);
    }
}

internal static class CreateBuildingEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("buildings", async (CreateBuilding request, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(request, cancellationToken)).ToCreated(b => $"/api/customer-service/buildings/{b.Id}"))
            .WithName(nameof(CreateBuilding))
            .RequireAuthorization(CustomerServicePermissions.Write);
}
