using Estate.Host.Platform.Data;
using Estate.Host.Security;
using Estate.Host.Tenancy;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Estate.Host.Platform.Features.Properties;

/// <summary>A company admin renames a property or changes its address; the version read guards against lost updates.</summary>
internal sealed record UpdateProperty(Guid Id, string? Name, string? Address, uint? Version) : IRequest<Result<PropertyDetails>>;

internal sealed class UpdatePropertyValidator : AbstractValidator<UpdateProperty>
{
    public UpdatePropertyValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(200);
        RuleFor(r => r.Address).MaximumLength(500);
        RuleFor(r => r.Version).NotNull();
    }
}

internal sealed class UpdatePropertyHandler(PlatformDbContext db, ITenantContext tenant, IMemoryCache cache)
    : IRequestHandler<UpdateProperty, Result<PropertyDetails>>
{
    public async Task<Result<PropertyDetails>> Handle(UpdateProperty request, CancellationToken cancellationToken)
    {
        var property = await db.Properties.SingleOrDefaultAsync(p => p.OrganizationId == tenant.OrganizationId && p.Id == request.Id, cancellationToken);
        if (property is null)
        {
            return Error.NotFound(new("小区", "Property"), request.Id);
        }

        db.Entry(property).Property(p => p.Version).OriginalValue = request.Version!.Value;
        property.Name = request.Name!.Trim();
        property.Address = request.Address?.Trim();
        await db.SaveChangesAsync(cancellationToken);
        PropertyDirectory.Forget(cache, tenant.OrganizationId, property.Id);
        return new PropertyDetails(property.Id, property.Name, property.Address, property.CreatedAt, property.Version);
    }
}

internal static class UpdatePropertyEndpoint
{
    internal sealed record Body(string? Name, string? Address, uint? Version);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPut("/properties/{id}", async Task<Results<Ok<PropertyDetails>, ProblemHttpResult>> (Guid id, Body body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new UpdateProperty(id, body.Name, body.Address, body.Version), ct)).ToOk())
            .RequireAuthorization(PlatformPermissions.ManageCompany)
            .WithName("UpdateProperty");
}
