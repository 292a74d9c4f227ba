using Estate.Modules.Security.Contracts;
using Estate.Modules.Security.Data;
using Estate.Modules.Security.Domain;
using Estate.Modules.Security.Jobs;
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

/// <summary>
/// Plans rounds of a route: weekdays, local start times ("08:00") and the lateness allowed after a round's
/// expected end. Its tasks for the coming days are made at once, then kept ahead by SchedulePatrolTasks.
/// </summary>
internal sealed record CreatePatrolPlan(
    Guid? RouteId,
    string? Name,
    IReadOnlyList<DayOfWeek>? Weekdays,
    IReadOnlyList<TimeOnly>? StartTimes,
    int? AllowedLatenessMinutes) : ICommand<Result<PatrolPlanDetails>>;

internal sealed class CreatePatrolPlanValidator : AbstractValidator<CreatePatrolPlan>
{
    public CreatePatrolPlanValidator()
    {
        RuleFor(x => x.RouteId).NotEmpty();
        RuleFor(x => x.Name).MaximumLength(PatrolPlan.NameMaxLength);
        RuleFor(x => x.Weekdays).NotEmpty();
        RuleForEach(x => x.Weekdays).IsInEnum();
        RuleFor(x => x.StartTimes).Cascade(CascadeMode.Stop).NotEmpty()
            .Must(t => t!.Count <= PatrolPlan.MaxStartTimes).WithMessage(_ => Texts.T($"一个计划每天最多 {PatrolPlan.MaxStartTimes} 个开始时间。", $"A plan has at most {PatrolPlan.MaxStartTimes} start times a day."));
        RuleFor(x => x.AllowedLatenessMinutes).NotNull().InclusiveBetween(0, PatrolPlan.MaxLatenessMinutes);
    }
}

internal sealed class CreatePatrolPlanHandler(SecurityDbContext db, SchedulePatrolTasks scheduler, ITenantContext tenant, TimeProvider clock)
    : IRequestHandler<CreatePatrolPlan, Result<PatrolPlanDetails>>
{
    public async Task<Result<PatrolPlanDetails>> Handle(CreatePatrolPlan request, CancellationToken cancellationToken)
    {
        var route = await db.PatrolRoutes.AsNoTracking().FirstOrDefaultAsync(r => r.Id == request.RouteId, cancellationToken);
        if (route is null)
        {
            return Error.Invalid("routeId", Texts.T("巡更路线不存在。", "Unknown patrol route."));
        }

        var now = clock.GetUtcNow();
        var plan = PatrolPlan.Create(
            tenant.OrganizationId, route, request.Name ?? route.Name, request.Weekdays!, request.StartTimes!, request.AllowedLatenessMinutes!.Value, now);
        db.PatrolPlans.Add(plan);

        // Saved here so the scheduling statement sees the plan, and the answer carries the stored version.
        await db.SaveChangesAsync(cancellationToken);
        await scheduler.ScheduleAsync(now, plan.Id, cancellationToken);
        return PatrolPlanDetails.From(plan);
    }
}

internal static class CreatePatrolPlanEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("patrol/plans", async (CreatePatrolPlan request, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(request, cancellationToken)).ToCreated(p => $"/api/security/patrol/plans/{p.Id}"))
            .WithName(nameof(CreatePatrolPlan))
            .RequireAuthorization(SecurityPermissions.Manage);
}
