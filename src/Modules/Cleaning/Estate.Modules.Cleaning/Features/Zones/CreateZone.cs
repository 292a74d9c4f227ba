using Estate.Modules.Cleaning.Contracts;
using Estate.Modules.Cleaning.Data;
using Estate.Modules.Cleaning.Domain;
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

namespace Estate.Modules.Cleaning.Features.Zones;

/// <summary>Adds a zone to a property; also the HTTP body.</summary>
internal sealed record CreateZone(Guid? PropertyId, string Name, ZoneKind? Kind, string? Description) : ICommand<Result<ZoneDetails>>;

internal sealed class CreateZoneValidator : AbstractValidator<CreateZone>
{
    public CreateZoneValidator()
    {
        RuleFor(x => x.PropertyId).NotEmpty();
        RuleFor(x => x.Name).NotEmpty().MaximumLength(CleaningZone.NameMaxLength);
        RuleFor(x => x.Kind).NotNull().IsInEnum();
        RuleFor(x => x.Description).MaximumLength(CleaningZone.DescriptionMaxLength);
    }
}

internal sealed class CreateZoneHandler(CleaningDbContext db, IPropertyDirectory properties, ITenantContext tenant, TimeProvider clock)
    : IRequestHandler<CreateZone, Result<ZoneDetails>>
{
    public async Task<Result<ZoneDetails>> Handle(CreateZone request, CancellationToken cancellationToken)
    {
        var property = await properties.FindAsync(request.PropertyId!.Value, cancellationToken);
        if (property is null)
        {
            return Error.Invalid("propertyId", Texts.T("小区不存在。", "Unknown property."));
        }

        if (await db.Zones.AnyAsync(z => z.PropertyId == property.Id && z.Name == request.Name, cancellationToken))
        {
            return Error.Conflict("zone.duplicate_name", Texts.T($"该小区已有名为“{request.Name}”的保洁区域。", $"The property already has a zone named '{request.Name}'."));
        }

        var zone = new CleaningZone(tenant.OrganizationId, Guid.CreateVersion7(), property.Id, request.Name, request.Kind!.Value, request.Description, clock.GetUtcNow());
        db.Zones.Add(zone);
        return ZoneDetails.From(zone);
    }
}

internal static class CreateZoneEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("zones", async (CreateZone request, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(request, cancellationToken)).ToCreated(z => $"/api/cleaning/zones/{z.Id}"))
            .WithName(nameof(CreateZone))
            .RequireAuthorization(CleaningPermissions.Manage);
}
