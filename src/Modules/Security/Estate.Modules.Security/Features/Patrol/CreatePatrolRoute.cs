using System.Text.RegularExpressions;
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

namespace Estate.Modules.Security.Features.Patrol;

internal sealed record NewCheckpoint(string Code, string Name, string? Location);

/// <summary>Sets up a patrol route with its checkpoints in walking order; also the HTTP body.</summary>
internal sealed record CreatePatrolRoute(Guid? PropertyId, string Name, int? ExpectedDurationMinutes, IReadOnlyList<NewCheckpoint>? Checkpoints)
    : ICommand<Result<PatrolRouteDetails>>;

internal sealed partial class CreatePatrolRouteValidator : AbstractValidator<CreatePatrolRoute>
{
    public const int MaxCheckpoints = 100;

    public CreatePatrolRouteValidator()
    {
        RuleFor(x => x.PropertyId).NotEmpty();
        RuleFor(x => x.Name).NotEmpty().MaximumLength(PatrolRoute.NameMaxLength);
        RuleFor(x => x.ExpectedDurationMinutes).NotNull().InclusiveBetween(1, PatrolRoute.MaxDurationMinutes);
        RuleFor(x => x.Checkpoints).Cascade(CascadeMode.Stop).NotEmpty()
            .Must(c => c!.Count <= MaxCheckpoints).WithMessage(_ => Texts.T($"一条路线最多 {MaxCheckpoints} 个巡更点。", $"A route has at most {MaxCheckpoints} checkpoints."))
            .Must(c => c!.Select(p => p?.Code).Distinct(StringComparer.OrdinalIgnoreCase).Count() == c!.Count).WithMessage(_ => Texts.T("巡更点编码不能重复。", "Checkpoint codes differ from each other."));
        RuleForEach(x => x.Checkpoints).NotNull().ChildRules(checkpoint =>
        {
            checkpoint.RuleFor(c => c.Code).NotEmpty().MaximumLength(PatrolCheckpoint.CodeMaxLength)
                .Matches(CodePattern()).WithMessage(_ => Texts.T("编码只能包含字母、数字、“-”、“_”或“.”。", "A code has letters, digits, '-', '_' or '.' only."));
            checkpoint.RuleFor(c => c.Name).NotEmpty().MaximumLength(PatrolCheckpoint.NameMaxLength);
            checkpoint.RuleFor(c => c.Location).MaximumLength(PatrolCheckpoint.LocationMaxLength);
        });
    }

    [GeneratedRegex("^[A-Za-z0-9._-]+$")]
    private static partial Regex CodePattern();
}

internal sealed class CreatePatrolRouteHandler(SecurityDbContext db, IPropertyDirectory properties, ITenantContext tenant, TimeProvider clock)
    : IRequestHandler<CreatePatrolRoute, Result<PatrolRouteDetails>>
{
    public async Task<Result<PatrolRouteDetails>> Handle(CreatePatrolRoute request, CancellationToken cancellationToken)
    {
        if (await properties.FindAsync(request.PropertyId!.Value, cancellationToken) is not { } property)
        {
            return Error.Invalid("propertyId", Texts.T("小区不存在。", "Unknown property."));
        }

        if (await db.PatrolRoutes.AnyAsync(r => r.PropertyId == property.Id && r.Name == request.Name, cancellationToken))
        {
            return Error.Invalid("name", Texts.T("该小区已有同名巡更路线。", "This property already has a route of that name."));
        }

        // Codes are unique in the whole company, also in properties the caller does not see.
        var codes = request.Checkpoints!.Select(c => PatrolCheckpoint.NormalizeCode(c.Code)).ToList();
        var taken = await db.PatrolCheckpoints.IgnoreQueryFilters([SecurityDbContext.PropertyScopeFilter])
            .Where(c => codes.Contains(c.Code)).Select(c => c.Code).ToListAsync(cancellationToken);
        if (taken.Count > 0)
        {
            var index = codes.IndexOf(taken[0]);
            return Error.Invalid($"checkpoints[{index}].code", Texts.T($"编码“{taken[0]}”已被其他巡更点使用。", $"The code '{taken[0]}' is already used by another checkpoint."));
        }

        var route = PatrolRoute.Create(
            tenant.OrganizationId,
            property.Id,
            request.Name,
            request.ExpectedDurationMinutes!.Value,
            request.Checkpoints!.Select(c => (c.Code, c.Name, c.Location)),
            clock.GetUtcNow());
        db.PatrolRoutes.Add(route);
        return PatrolRouteDetails.From(route);
    }
}

internal static class CreatePatrolRouteEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("patrol/routes", async (CreatePatrolRoute request, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(request, cancellationToken)).ToCreated(r => $"/api/security/patrol/routes/{r.Id}"))
            .WithName(nameof(CreatePatrolRoute))
            .RequireAuthorization(SecurityPermissions.Manage);
}
