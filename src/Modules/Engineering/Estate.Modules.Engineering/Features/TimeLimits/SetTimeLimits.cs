using Estate.Modules.Engineering.Contracts;
using Estate.Modules.Engineering.Data;
using Estate.Modules.Engineering.Domain;
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

namespace Estate.Modules.Engineering.Features.TimeLimits;

internal sealed record TimeLimitChange(WorkOrderCategory? Category, WorkOrderPriority? Priority, int? Hours);

/// <summary>
/// The department head sets time limits for some cells of the table (the rest keep their values); work
/// orders opened or reopened afterwards get deadlines from the new values, open ones keep theirs. Each
/// cell is set to an absolute value, so two heads saving at once simply leave the later value.
/// </summary>
internal sealed record SetTimeLimits(IReadOnlyList<TimeLimitChange>? Limits) : ICommand<Result<IReadOnlyList<TimeLimitEntry>>>;

internal sealed class SetTimeLimitsValidator : AbstractValidator<SetTimeLimits>
{
    public SetTimeLimitsValidator()
    {
        RuleFor(x => x.Limits).NotEmpty();
        RuleForEach(x => x.Limits).ChildRules(limit =>
        {
            limit.RuleFor(l => l.Category).NotNull().IsInEnum();
            limit.RuleFor(l => l.Priority).NotNull().IsInEnum();
            limit.RuleFor(l => l.Hours).NotNull().InclusiveBetween(1, ResolutionTimeLimits.MaxHours);
        });
        RuleFor(x => x.Limits)
            .Must(limits => limits!.DistinctBy(l => (l.Category, l.Priority)).Count() == limits!.Count)
            .When(x => x.Limits is not null)
            .WithMessage(_ => Texts.T("每个类别与优先级的组合只能出现一次。", "Each category and priority may appear once."));
    }
}

internal sealed class SetTimeLimitsHandler(EngineeringDbContext db, ITenantContext tenant, TimeProvider clock)
    : IRequestHandler<SetTimeLimits, Result<IReadOnlyList<TimeLimitEntry>>>
{
    public async Task<Result<IReadOnlyList<TimeLimitEntry>>> Handle(SetTimeLimits request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var existing = await db.TimeLimits.ToDictionaryAsync(l => (l.Category, l.Priority), cancellationToken);
        foreach (var change in request.Limits!)
        {
            var key = (change.Category!.Value, change.Priority!.Value);
            if (existing.TryGetValue(key, out var limit))
            {
                limit.Change(change.Hours!.Value, tenant.UserId, now);
            }
            else
            {
                db.TimeLimits.Add(ResolutionTimeLimit.Set(tenant.OrganizationId, key.Item1, key.Item2, change.Hours!.Value, tenant.UserId, now));
            }
        }

        return Result<IReadOnlyList<TimeLimitEntry>>.Success(TimeLimitEntry.Table(
            db.TimeLimits.Local.ToDictionary(l => (l.Category, l.Priority), l => l.Hours)));
    }
}

internal static class SetTimeLimitsEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPut("time-limits", async (SetTimeLimits request, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(request, cancellationToken)).ToOk())
            .WithName(nameof(SetTimeLimits))
            .RequireAuthorization(EngineeringPermissions.ManageTimeLimits);
}
