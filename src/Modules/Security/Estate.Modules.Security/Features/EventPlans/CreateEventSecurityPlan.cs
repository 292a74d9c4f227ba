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

namespace Estate.Modules.Security.Features.EventPlans;

internal sealed record EventPost(string Name, string? Location, IReadOnlyList<Guid>? GuardUserIds);

/// <summary>
/// The security plan of a community event (e.g. the Mid-Autumn garden party): its time window and the posts with
/// the people on them, who are users of the company. Also the HTTP body.
/// </summary>
internal sealed record CreateEventSecurityPlan(
    Guid? PropertyId,
    string Name,
    DateTimeOffset? StartsAt,
    DateTimeOffset? EndsAt,
    string? Notes,
    IReadOnlyList<EventPost>? Posts) : ICommand<Result<EventSecurityPlanDetails>>;

internal sealed class CreateEventSecurityPlanValidator : AbstractValidator<CreateEventSecurityPlan>
{
    public CreateEventSecurityPlanValidator()
    {
        RuleFor(x => x.PropertyId).NotEmpty();
        RuleFor(x => x.Name).NotEmpty().MaximumLength(EventSecurityPlan.NameMaxLength);
        RuleFor(x => x.StartsAt).NotNull();
        RuleFor(x => x.EndsAt).NotNull().GreaterThan(x => x.StartsAt).When(x => x.StartsAt is not null).WithMessage(_ => Texts.T("活动结束时间须晚于开始时间。", "An event ends after it starts."));
        RuleFor(x => x.Notes).MaximumLength(EventSecurityPlan.NotesMaxLength);
        RuleFor(x => x.Posts).Cascade(CascadeMode.Stop).NotEmpty()
            .Must(p => p!.Count <= EventSecurityPlan.MaxPosts).WithMessage(_ => Texts.T($"一个方案最多 {EventSecurityPlan.MaxPosts} 个岗位。", $"A plan has at most {EventSecurityPlan.MaxPosts} posts."));
        RuleForEach(x => x.Posts).NotNull().ChildRules(post =>
        {
            post.RuleFor(p => p.Name).NotEmpty().MaximumLength(EventSecurityPost.NameMaxLength);
            post.RuleFor(p => p.Location).MaximumLength(EventSecurityPost.LocationMaxLength);
            post.RuleFor(p => p.GuardUserIds).Cascade(CascadeMode.Stop).NotEmpty()
                .Must(g => g!.Count <= EventSecurityPost.MaxGuards).WithMessage(_ => Texts.T($"一个岗位最多 {EventSecurityPost.MaxGuards} 人。", $"A post has at most {EventSecurityPost.MaxGuards} people."));
        });
    }
}

internal sealed class CreateEventSecurityPlanHandler(SecurityDbContext db, IPropertyDirectory properties, IUserDirectory users, ITenantContext tenant, TimeProvider clock)
    : IRequestHandler<CreateEventSecurityPlan, Result<EventSecurityPlanDetails>>
{
    public async Task<Result<EventSecurityPlanDetails>> Handle(CreateEventSecurityPlan request, CancellationToken cancellationToken)
    {
        if (await properties.FindAsync(request.PropertyId!.Value, cancellationToken) is not { } property)
        {
            return Error.Invalid("propertyId", Texts.T("小区不存在。", "Unknown property."));
        }

        var posts = new List<(string Name, string? Location, IReadOnlyList<(Guid UserId, string Name)> Guards)>();
        for (var i = 0; i < request.Posts!.Count; i++)
        {
            var post = request.Posts[i];
            var guards = new List<(Guid, string)>();
            foreach (var userId in post.GuardUserIds!.Distinct())
            {
                if (await users.FindAsync(userId, cancellationToken) is not { } guard)
                {
                    return Error.Invalid($"posts[{i}].guardUserIds", Texts.T($"用户“{userId}”不存在。", $"Unknown user '{userId}'."));
                }

                guards.Add((guard.Id, guard.DisplayName));
            }

            posts.Add((post.Name, post.Location, guards));
        }

        var plan = EventSecurityPlan.Create(
            tenant.OrganizationId, property.Id, request.Name, request.StartsAt!.Value.ToUniversalTime(), request.EndsAt!.Value.ToUniversalTime(),
            request.Notes, posts, clock.GetUtcNow());
        db.EventSecurityPlans.Add(plan);
        return EventSecurityPlanDetails.From(plan);
    }
}

internal static class CreateEventSecurityPlanEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("event-plans", async (CreateEventSecurityPlan request, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(request, cancellationToken)).ToCreated(p => $"/api/security/event-plans/{p.Id}"))
            .WithName(nameof(CreateEventSecurityPlan))
            .RequireAuthorization(SecurityPermissions.Manage);
}
