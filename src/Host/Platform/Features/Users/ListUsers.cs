using Estate.Host.Platform.Data;
using Estate.Host.Security;
using Estate.SharedKernel.Tenancy;
using MediatR;

namespace Estate.Host.Platform.Features.Users;

internal sealed record ListUsers : IRequest<IReadOnlyList<UserDetails>>;

internal sealed class ListUsersHandler(PlatformDbContext db, ITenantContext tenant) : IRequestHandler<ListUsers, IReadOnlyList<UserDetails>>
{
    public async Task<IReadOnlyList<UserDetails>> Handle(ListUsers request, CancellationToken cancellationToken) =>
        await UserQueries.LoadAsync(db, tenant.OrganizationId, null, cancellationToken);
}

internal static class ListUsersEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/users", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListUsers(), ct)))
            .RequireAuthorization(PlatformPermissions.ManageCompany)
            .WithName("ListUsers");
}
