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

namespace Estate.Modules.Cleaning.Features.Collections;

/// <summary>Adds a garbage collection point with its daily collection time (local); collections are expected from today.</summary>
internal sealed record CreateCollectionPoint(Guid? PropertyId, string Name, string? Location, TimeOnly? CollectionTime) : ICommand<Result<CollectionPointDetails>>;

internal sealed class CreateCollectionPointValidator : AbstractValidator<CreateCollectionPoint>
{
    public CreateCollectionPointValidator()
    {
        RuleFor(x => x.PropertyId).NotEmpty();
        RuleFor(x => x.Name).NotEmpty().MaximumLength(CollectionPoint.NameMaxLength);
        RuleFor(x => x.Location).MaximumLength(CollectionPoint.LocationMaxLength);
        RuleFor(x => x.CollectionTime).NotNull();
    }
}

internal sealed class CreateCollectionPointHandler(CleaningDbContext db, IPropertyDirectory properties, ITenantContext tenant, TimeProvider clock)
    : IRequestHandler<CreateCollectionPoint, Result<CollectionPointDetails>>
{
    public async Task<Result<CollectionPointDetails>> Handle(CreateCollectionPoint request, CancellationToken cancellationToken)
    {
        var property = await properties.FindAsync(request.PropertyId!.Value, cancellationToken);
        if (property is null)
        {
            return Error.Invalid("propertyId", Texts.T("小区不存在。", "Unknown property."));
        }

        if (await db.CollectionPoints.AnyAsync(p => p.PropertyId == property.Id && p.Name == request.Name, cancellationToken))
        {
            return Error.Conflict("collection_point.duplicate_name", Texts.T($"该小区已有名为“{request.Name}”的垃圾收集点。", $"The property already has a collection point named '{request.Name}'."));
        }

        var now = clock.GetUtcNow();
        var point = new CollectionPoint(
            tenant.OrganizationId, Guid.CreateVersion7(now), property.Id, request.Name, request.Location, request.CollectionTime!.Value, CompanyCalendar.DateOf(now, tenant.TimeZone), now);
        db.CollectionPoints.Add(point);
        return CollectionPointDetails.From(point);
    }
}

internal static class CreateCollectionPointEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("collection-points", async (CreateCollectionPoint request, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(request, cancellationToken)).ToCreated(p => $"/api/cleaning/collection-points/{p.Id}"))
            .WithName(nameof(CreateCollectionPoint))
            .RequireAuthorization(CleaningPermissions.Manage);
}
