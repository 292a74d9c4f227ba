using Estate.Modules.Security.Contracts;
using Estate.Modules.Security.Data;
using Estate.Modules.Security.Domain;
using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Ui;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Security.Features.Posts;

internal sealed record UpdatePostBody(string Name, PostKind? Kind, string? Location, uint? Version);

/// <summary>Renames a post, changes its kind or location; its property stays, and so do its roster entries.</summary>
internal sealed record UpdatePost(Guid Id, string Name, PostKind? Kind, string? Location, uint? Version) : ICommand<Result<PostDetails>>;

internal sealed class UpdatePostValidator : AbstractValidator<UpdatePost>
{
    public UpdatePostValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(GuardPost.NameMaxLength);
        RuleFor(x => x.Kind).NotNull().IsInEnum();
        RuleFor(x => x.Location).MaximumLength(GuardPost.LocationMaxLength);
        RuleFor(x => x.Version).NotNull();
    }
}

internal sealed class UpdatePostHandler(SecurityDbContext db) : IRequestHandler<UpdatePost, Result<PostDetails>>
{
    public async Task<Result<PostDetails>> Handle(UpdatePost request, CancellationToken cancellationToken)
    {
        var post = await db.FindToChangeAsync(db.Posts, request.Id, request.Version!.Value, cancellationToken);
        if (post is null)
        {
            return Error.NotFound(new("岗位", "Post"), request.Id);
        }

        // An unchanged edit writes nothing, so xmin would not catch a stale copy: compare the version read.
        if (post.Version != request.Version)
        {
            return Error.Conflict("stale", Texts.T("岗位在您读取后已被他人修改，请重新读取后再试。", "The post was changed by someone else since you read it; read it again and retry."));
        }

        if (await db.Posts.AnyAsync(p => p.PropertyId == post.PropertyId && p.Name == request.Name && p.Id != post.Id, cancellationToken))
        {
            return Error.Invalid("name", Texts.T("该小区已有同名岗位。", "This property already has a post of that name."));
        }

        post.Change(request.Name, request.Kind!.Value, request.Location);
        await db.SaveChangesAsync(cancellationToken);
        return PostDetails.From(post);
    }
}

internal static class UpdatePostEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPut("posts/{id}", async (Guid id, UpdatePostBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new UpdatePost(id, body.Name, body.Kind, body.Location, body.Version), cancellationToken)).ToOk())
            .WithName(nameof(UpdatePost))
            .RequireAuthorization(SecurityPermissions.Manage);
}
