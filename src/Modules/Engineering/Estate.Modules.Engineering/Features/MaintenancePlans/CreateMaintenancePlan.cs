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

namespace Estate.Modules.Engineering.Features.MaintenancePlans;

/// <summary>
/// Puts a facility on a preventive maintenance schedule, e.g. every 1 month from 2026-12-05, opening each
/// work order 7 days ahead. Priority defaults to normal, source to internal; also the HTTP body.
/// </summary>
internal sealed record CreateMaintenancePlan(
    Guid? FacilityId,
    string Title,
    string? Description,
    WorkOrderPriority? Priority,
    WorkOrderSource? Source,
    MaintenanceInterval? Interval,
    int? IntervalLength,
    DateOnly? FirstDueOn,
    int? LeadDays) : ICommand<Result<MaintenancePlanDetails>>;

internal sealed class CreateMaintenancePlanValidator : AbstractValidator<CreateMaintenancePlan>
{
    public CreateMaintenancePlanValidator()
    {
        RuleFor(x => x.FacilityId).NotEmpty();
        RuleFor(x => x.Title).NotEmpty().MaximumLength(MaintenancePlan.TitleMaxLength);
        RuleFor(x => x.Description).MaximumLength(MaintenancePlan.DescriptionMaxLength);
        RuleFor(x => x.Priority).IsInEnum();
        RuleFor(x => x.Source).IsInEnum()
            .Must(s => s is null or WorkOrderSource.Inspection or WorkOrderSource.Internal)
            .WithMessage(_ => Texts.T("计划工作须来自检查或为内部工作。", "Planned work comes from an inspection or is internal."));
        RuleFor(x => x.Interval).NotNull().IsInEnum();
        RuleFor(x => x.IntervalLength).NotNull().GreaterThanOrEqualTo(1);
        RuleFor(x => x.IntervalLength).LessThanOrEqualTo(MaintenancePlan.MaxIntervalDays).When(x => x.Interval == MaintenanceInterval.Days);
        RuleFor(x => x.IntervalLength).LessThanOrEqualTo(MaintenancePlan.MaxIntervalMonths).When(x => x.Interval == MaintenanceInterval.Months);
        RuleFor(x => x.FirstDueOn).NotNull();
        RuleFor(x => x.LeadDays).NotNull().InclusiveBetween(0, MaintenancePlan.MaxLeadDays);
    }
}

internal sealed class CreateMaintenancePlanHandler(EngineeringDbContext db, TimeProvider clock)
    : IRequestHandler<CreateMaintenancePlan, Result<MaintenancePlanDetails>>
{
    public async Task<Result<MaintenancePlanDetails>> Handle(CreateMaintenancePlan request, CancellationToken cancellationToken)
    {
        var facility = await db.Facilities.AsNoTracking().FirstOrDefaultAsync(f => f.Id == request.FacilityId, cancellationToken);
        if (facility is null)
        {
            return Error.Invalid("facilityId", Texts.T("设施设备不存在。", "Unknown facility."));
        }

        var plan = MaintenancePlan.Create(
            facility,
            request.Title,
            request.Description,
            request.Priority ?? WorkOrderPriority.Normal,
            request.Source ?? WorkOrderSource.Internal,
            request.Interval!.Value,
            request.IntervalLength!.Value,
            request.FirstDueOn!.Value,
            request.LeadDays!.Value,
            clock.GetUtcNow());
        db.MaintenancePlans.Add(plan);

        // Saved here rather than by the unit of work so the answer carries the stored version.
        await db.SaveChangesAsync(cancellationToken);
        return MaintenancePlanDetails.From(plan);
    }
}

internal static class CreateMaintenancePlanEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("maintenance-plans", async (CreateMaintenancePlan request, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(request, cancellationToken)).ToCreated(p => $"/api/engineering/maintenance-plans/{p.Id}"))
            .WithName(nameof(CreateMaintenancePlan))
            .RequireAuthorization(EngineeringPermissions.ManageFacilities);
}
