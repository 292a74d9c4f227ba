using Estate.Host.Platform.Data;
using Estate.Host.Security;
using Estate.SharedKernel.Tenancy;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Estate.Host.Platform.Features.Properties;

/// <summary>The company's properties the caller may see, by name.</summary>
internal sealed record ListProperties : IRequest<IReadOnlyList<PropertyDetails>>;

internal sealed class ListPropertiesHandler(PlatformDbContext db, ITenantContext tenant) : IRequestHandler<ListProperties, IReadOnlyList<PropertyDetails>>
{
    public async Task<IReadOnlyList<PropertyDetails>> Handle(ListProperties request, CancellationToken cancellationToken)
    {
        var organizationId = tenant.OrganizationId;
        var all = tenant.AllProperties;
        var visible = tenant.PropertyIds.ToArray();
        return await db.Properties.AsNoTracking()
            .Where(p => p.OrganizationId == organizationId && (all || visible.Contains(p.Id)))
            .OrderBy(p => p.Name)
            .Select(p => new PropertyDetails(p.Id, p.Name, p.Address, p.CreatedAt, p.Version))
            .ToListAsync(cancellationToken);
    }
}

internal static class ListPropertiesEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/properties", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListProperties(), ct)))
            .RequireAuthorization(PlatformPermissions.ReadCompany)
            .WithName("ListProperties");
}
