using Estate.Host.Platform.Data;
using Estate.Host.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Estate.Host.Platform.Features.Organizations;

/// <summary>Every company of the platform, for platform admins.</summary>
internal sealed record ListOrganizations : IRequest<IReadOnlyList<OrganizationDetails>>;

internal sealed class ListOrganizationsHandler(PlatformDbContext db) : IRequestHandler<ListOrganizations, IReadOnlyList<OrganizationDetails>>
{
    public async Task<IReadOnlyList<OrganizationDetails>> Handle(ListOrganizations request, CancellationToken cancellationToken)
    {
        var organizations = await db.Organizations.AsNoTracking().OrderBy(o => o.Name).ToListAsync(cancellationToken);
        var modules = (await db.OrganizationModules.AsNoTracking().Where(m => m.Enabled).ToListAsync(cancellationToken))
            .ToLookup(m => m.OrganizationId, m => m.ModuleId);
        return [.. organizations.Select(o => new OrganizationDetails(o.Id, o.Name, o.TimeZoneId, [.. modules[o.Id].Order()], o.CreatedAt))];
    }
}

internal static class ListOrganizationsEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/organizations", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListOrganizations(), ct)))
            .RequireAuthorization(PlatformPermissions.ManageOrganizations)
            .WithName("ListOrganizations");
}
