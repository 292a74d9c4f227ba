using Estate.Modules.Security.Contracts;
using Estate.Modules.Security.Data;
using Estate.Modules.Security.Domain;
using Estate.SharedKernel.Persistence;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Security.Features.Posts;

internal sealed record ListPosts(int? Page, int? PageSize, Guid? PropertyId, PostKind? Kind) : IRequest<Result<PagedList<PostDetails>>>;

internal sealed class ListPostsValidator : AbstractValidator<ListPosts>
{
    public ListPostsValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
        RuleFor(x => x.Kind).IsInEnum();
    }
}

internal sealed class ListPostsHandler(SecurityDbContext db) : IRequestHandler<ListPosts, Result<PagedList<PostDetails>>>
{
    public async Task<Result<PagedList<PostDetails>>> Handle(ListPosts request, CancellationToken cancellationToken)
    {
        var query = db.Posts.AsNoTracking();
        if (request.PropertyId is { } propertyId)
        {
            query = query.Where(p => p.PropertyId == propertyId);
        }

        if (request.Kind is { } kind)
        {
            query = query.Where(p => p.Kind == kind);
        }

        return await query.OrderBy(p => p.PropertyId).ThenBy(p => p.Name)
            .Select(PostDetails.Projection)
            .ToPagedListAsync(request.Page, request.PageSize, cancellationToken);
    }
}

internal static class ListPostsEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("posts", async (int? page, int? pageSize, Guid? propertyId, QueryEnum<PostKind>? kind, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListPosts(page, pageSize, propertyId, kind?.Value), cancellationToken)).ToOk())
            .WithName(nameof(ListPosts))
            .RequireAuthorization(SecurityPermissions.Read);
}
