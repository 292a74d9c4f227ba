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

namespace Estate.Modules.Engineering.Features.Facilities;

internal sealed record RecordMaintenanceBody(DateOnly? PerformedOn, string Work, string PerformedBy, decimal? Cost, Guid? WorkOrderId);

/// <summary>Adds a service to a facility's maintenance history: the date, what was done, by whom and the cost in CNY.</summary>
internal sealed record RecordMaintenance(Guid FacilityId, DateOnly? PerformedOn, string Work, string PerformedBy, decimal? Cost, Guid? WorkOrderId)
    : ICommand<Result<MaintenanceRecordDetails>>;

internal sealed class RecordMaintenanceValidator : AbstractValidator<RecordMaintenance>
{
    public RecordMaintenanceValidator()
    {
        RuleFor(x => x.PerformedOn).NotNull();
        RuleFor(x => x.Work).NotEmpty().MaximumLength(MaintenanceRecord.WorkMaxLength);
        RuleFor(x => x.PerformedBy).NotEmpty().MaximumLength(MaintenanceRecord.PerformedByMaxLength);
        RuleFor(x => x.Cost).NotNull().InclusiveBetween(0, MaintenanceRecord.MaxCost).PrecisionScale(12, 2, ignoreTrailingZeros: true);
    }
}

internal sealed class RecordMaintenanceHandler(EngineeringDbContext db, ITenantContext tenant, TimeProvider clock)
    : IRequestHandler<RecordMaintenance, Result<MaintenanceRecordDetails>>
{
    public async Task<Result<MaintenanceRecordDetails>> Handle(RecordMaintenance request, CancellationToken cancellationToken)
    {
        var facility = await db.Facilities.FirstOrDefaultAsync(f => f.Id == request.FacilityId, cancellationToken);
        if (facility is null)
        {
            return Error.NotFound(new("设施设备", "Facility"), request.FacilityId);
        }

        var now = clock.GetUtcNow();
        if (request.PerformedOn > CompanyCalendar.DateOf(now, tenant.TimeZone))
        {
            return Error.Invalid("performedOn", Texts.T("维保须在完成后登记，不能提前登记。", "Maintenance is recorded once done, not ahead."));
        }

        if (request.WorkOrderId is { } workOrderId
            && !await db.WorkOrders.AnyAsync(w => w.Id == workOrderId && w.PropertyId == facility.PropertyId, cancellationToken))
        {
            return Error.Invalid("workOrderId", Texts.T("该设施所在小区没有此工单。", "No such work order in the facility's property."));
        }

        var record = MaintenanceRecord.For(
            facility, request.PerformedOn!.Value, request.Work, request.PerformedBy, request.Cost!.Value, request.WorkOrderId, tenant.UserId, now);
        db.MaintenanceRecords.Add(record);
        return MaintenanceRecordDetails.From(record);
    }
}

internal static class RecordMaintenanceEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("facilities/{id}/maintenance-records", async (Guid id, RecordMaintenanceBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new RecordMaintenance(id, body.PerformedOn, body.Work, body.PerformedBy, body.Cost, body.WorkOrderId), cancellationToken))
                .ToCreated(r => $"/api/engineering/facilities/{r.FacilityId}/maintenance-records"))
            .WithName(nameof(RecordMaintenance))
            .RequireAuthorization(EngineeringPermissions.RecordMaintenance);
}
