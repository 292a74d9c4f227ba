using Estate.Modules.Engineering.Contracts;
using Estate.Modules.Engineering.Data;
using Estate.Modules.Engineering.Domain;
using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Ui;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Estate.Modules.Engineering.Features.Facilities;

/// <summary>Adds equipment to a property's facility ledger; also the HTTP body. Importance defaults to normal.</summary>
internal sealed record CreateFacility(
    Guid? PropertyId,
    string Name,
    string? Code,
    FacilityCategory? Category,
    string Location,
    DateOnly? InstalledOn,
    int? ExpectedServiceLifeMonths,
    DateOnly? WarrantyEndsOn,
    FacilityImportance? Importance) : ICommand<Result<FacilityDetails>>;

internal sealed class CreateFacilityValidator : AbstractValidator<CreateFacility>
{
    public CreateFacilityValidator()
    {
        RuleFor(x => x.PropertyId).NotEmpty();
        RuleFor(x => x.Name).NotEmpty().MaximumLength(Facility.NameMaxLength);
        RuleFor(x => x.Code).MaximumLength(Facility.CodeMaxLength);
        RuleFor(x => x.Category).NotNull().IsInEnum();
        RuleFor(x => x.Location).NotEmpty().MaximumLength(Facility.LocationMaxLength);
        RuleFor(x => x.ExpectedServiceLifeMonths).InclusiveBetween(1, Facility.MaxServiceLifeMonths);
        RuleFor(x => x.Importance).IsInEnum();
    }
}

internal sealed class CreateFacilityHandler(EngineeringDbContext db, IPropertyDirectory properties, ITenantContext tenant, TimeProvider clock)
    : IRequestHandler<CreateFacility, Result<FacilityDetails>>
{
    public async Task<Result<FacilityDetails>> Handle(CreateFacility request, CancellationToken cancellationToken)
    {
        var property = await properties.FindAsync(request.PropertyId!.Value, cancellationToken);
        if (property is null)
        {
            return Error.Invalid("propertyId", Texts.T("小区不存在。", "Unknown property."));
        }

        var facility = Facility.Add(
            tenant.OrganizationId,
            property.Id,
            new FacilityDescription(
                request.Name,
                request.Code,
                request.Category!.Value,
                request.Location,
                request.InstalledOn,
                request.ExpectedServiceLifeMonths,
                request.WarrantyEndsOn,
                request.Importance ?? FacilityImportance.Normal),
            clock.GetUtcNow());
        db.Facilities.Add(facility);

        // Saved here rather than by the unit of work so the answer carries the stored version.
        await db.SaveChangesAsync(cancellationToken);
        return FacilityDetails.From(facility);
    }
}

internal static class CreateFacilityEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("facilities", async (CreateFacility request, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(request, cancellationToken)).ToCreated(f => $"/api/engineering/facilities/{f.Id}"))
            .WithName(nameof(CreateFacility))
            .RequireAuthorization(EngineeringPermissions.ManageFacilities);
}
