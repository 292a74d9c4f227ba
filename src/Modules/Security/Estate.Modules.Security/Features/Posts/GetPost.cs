using Estate.Modules.Security.Contracts;
using Estate.Modules.Security.Data;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Security.Features.Posts;

internal sealed record GetPost(Guid Id) : IRequest<Result<PostDetails>>;

internal sealed class GetPostHandler(SecurityDbContext db) : IRequestHandler<GetPost, Result<PostDetails>>
{
    public async Task<Result<PostDetails>> Handle(GetPost request, CancellationToken cancellationToken) =>
        await db.Posts.AsNoTracking().Where(p => p.Id == request.Id).Select(PostDetails.Projection).FirstOrDefaultAsync(cancellationToken) is { } post
            ? post
            : Error.NotFound(new("岗位", "Post"), request.Id);
}

internal static class GetPostEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("posts/{id}", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetPost(id), cancellationToken)).ToOk())
            .WithName(nameof(GetPost))
            .RequireAuthorization(SecurityPermissions.Read);
}
