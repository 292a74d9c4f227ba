using Estate.Modules.Security.Contracts;
using Estate.Modules.Security.Data;
using Estate.Modules.Security.Domain;
using Estate.SharedKernel.Persistence;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Ui;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Security.Features.Posts;

/// <summary>Posts by property and name unless <paramref name="Sort"/> names another order (<see cref="SortKeys"/>).</summary>
internal sealed record ListPosts(int? Page, int? PageSize, Guid? PropertyId, PostKind? Kind, string? Sort = null) : IRequest<Result<PagedList<PostDetails>>>
{
    public static readonly IReadOnlyList<string> SortKeys = ["name", "-name", "kind", "-kind", "createdAt", "-createdAt"];
}

internal sealed class ListPostsValidator : AbstractValidator<ListPosts>
{
    public ListPostsValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.Sort).Must(sort => ListPosts.SortKeys.Contains(sort)).When(x => x.Sort is not null)
            .WithMessage(_ => Texts.T("排序（sort）只能是 name、kind、createdAt，可在前面加“-”表示倒序。", "'sort' must be one of name, kind, createdAt, optionally preceded by '-'."));
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

        var ordered = request.Sort switch
        {
            "-name" => query.OrderByDescending(p => p.Name),
            "kind" => query.OrderBy(p => p.Kind).ThenBy(p => p.Name),
            "-kind" => query.OrderByDescending(p => p.Kind).ThenBy(p => p.Name),
            "createdAt" => query.OrderBy(p => p.CreatedAt),
            "-createdAt" => query.OrderByDescending(p => p.CreatedAt),
            "name" => query.OrderBy(p => p.Name),
            _ => query.OrderBy(p => p.PropertyId).ThenBy(p => p.Name),
        };
        return await ordered.ThenBy(p => p.Id)
            .Select(PostDetails.Projection)
            .ToPagedListAsync(request.Page, request.PageSize, cancellationToken);
    }
}

internal static class ListPostsEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("posts", async (int? page, int? pageSize, Guid? propertyId, QueryEnum<PostKind>? kind, string? sort, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListPosts(page, pageSize, propertyId, kind?.Value, sort), cancellationToken)).ToOk())
            .WithName(nameof(ListPosts))
            .RequireAuthorization(SecurityPermissions.Read);
}
