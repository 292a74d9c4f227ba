using Estate.Modules.Engineering.Contracts;
using Estate.Modules.Engineering.Data;
using Estate.Modules.Engineering.Domain;
using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Estate.Modules.Engineering.Features.Facilities;

internal sealed record UpdateFacilityBody(
    string Name,
    string? Code,
    FacilityCategory? Category,
    string Location,
    DateOnly? InstalledOn,
    int? ExpectedServiceLifeMonths,
    DateOnly? WarrantyEndsOn,
    FacilityImportance? Importance,
    uint? Version);

/// <summary>Corrects a facility's ledger entry (every field is replaced); the property it stands in does not change.</summary>
internal sealed record UpdateFacility(
    Guid Id,
    string Name,
    string? Code,
    FacilityCategory? Category,
    string Location,
    DateOnly? InstalledOn,
    int? ExpectedServiceLifeMonths,
    DateOnly? WarrantyEndsOn,
    FacilityImportance? Importance,
    uint? Version) : ICommand<Result<FacilityDetails>>;

internal sealed class UpdateFacilityValidator : AbstractValidator<UpdateFacility>
{
    public UpdateFacilityValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(Facility.NameMaxLength);
        RuleFor(x => x.Code).MaximumLength(Facility.CodeMaxLength);
        RuleFor(x => x.Category).NotNull().IsInEnum();
        RuleFor(x => x.Location).NotEmpty().MaximumLength(Facility.LocationMaxLength);
        RuleFor(x => x.ExpectedServiceLifeMonths).InclusiveBetween(1, Facility.MaxServiceLifeMonths);
        RuleFor(x => x.Importance).NotNull().IsInEnum();
        RuleFor(x => x.Version).NotNull();
    }
}

internal sealed class UpdateFacilityHandler(EngineeringDbContext db, TimeProvider clock) : IRequestHandler<UpdateFacility, Result<FacilityDetails>>
{
    public async Task<Result<FacilityDetails>> Handle(UpdateFacility request, CancellationToken cancellationToken)
    {
        var facility = await db.FindFacilityToChangeAsync(request.Id, request.Version!.Value, cancellationToken);
        if (facility is null)
        {
            return Error.NotFound(new("设施设备", "Facility"), request.Id);
        }

        facility.Update(
            new FacilityDescription(
                request.Name,
                request.Code,
                request.Category!.Value,
                request.Location,
                request.InstalledOn,
                request.ExpectedServiceLifeMonths,
                request.WarrantyEndsOn,
                request.Importance!.Value),
            clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return FacilityDetails.From(facility);
    }
}

internal static class UpdateFacilityEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPut("facilities/{id}", async (Guid id, UpdateFacilityBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(
                    new UpdateFacility(
                        id, body.Name, body.Code, body.Category, body.Location, body.InstalledOn, body.ExpectedServiceLifeMonths,
                        body.WarrantyEndsOn, body.Importance, body.Version),
                    cancellationToken)).ToOk())
            .WithName(nameof(UpdateFacility))
            .RequireAuthorization(EngineeringPermissions.ManageFacilities);
}
