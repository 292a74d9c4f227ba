using Estate.Modules.Security.Contracts;
using Estate.Modules.Security.Data;
using Estate.Modules.Security.Domain;
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

namespace Estate.Modules.Security.Features.Posts;

/// <summary>Sets up a guard post of a property; also the HTTP body.</summary>
internal sealed record CreatePost(Guid? PropertyId, string Name, PostKind? Kind, string? Location) : ICommand<Result<PostDetails>>;

internal sealed class CreatePostValidator : AbstractValidator<CreatePost>
{
    public CreatePostValidator()
    {
        RuleFor(x => x.PropertyId).NotEmpty();
        RuleFor(x => x.Name).NotEmpty().MaximumLength(GuardPost.NameMaxLength);
        RuleFor(x => x.Kind).NotNull().IsInEnum();
        RuleFor(x => x.Location).MaximumLength(GuardPost.LocationMaxLength);
    }
}

internal sealed class CreatePostHandler(SecurityDbContext db, IPropertyDirectory properties, ITenantContext tenant, TimeProvider clock)
    : IRequestHandler<CreatePost, Result<PostDetails>>
{
    public async Task<Result<PostDetails>> Handle(CreatePost request, CancellationToken cancellationToken)
    {
        if (await properties.FindAsync(request.PropertyId!.Value, cancellationToken) is not { } property)
        {
            return Error.Invalid("propertyId", Texts.T("小区不存在。", "Unknown property."));
        }

        if (await db.Posts.AnyAsync(p => p.PropertyId == property.Id && p.Name == request.Name, cancellationToken))
        {
            return Error.Invalid("name", Texts.T("该小区已有同名岗位。", "This property already has a post of that name."));
        }

        var now = clock.GetUtcNow();
        var post = new GuardPost(tenant.OrganizationId, Guid.CreateVersion7(now), property.Id, request.Name, request.Kind!.Value, request.Location, now);
        db.Posts.Add(post);

        // Saved now so the answer carries the version an edit must send back.
        await db.SaveChangesAsync(cancellationToken);
        return PostDetails.From(post);
    }
}

internal static class CreatePostEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("posts", async (CreatePost request, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(request, cancellationToken)).ToCreated(p => $"/api/security/posts/{p.Id}"))
            .WithName(nameof(CreatePost))
            .RequireAuthorization(SecurityPermissions.Manage);
}
