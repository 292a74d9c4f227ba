using System.Linq.Expressions;
using Estate.Modules.Engineering.Domain;

namespace Estate.Modules.Engineering.Features.Facilities;

internal sealed record MaintenanceRecordDetails(
    Guid Id,
    Guid FacilityId,
    Guid PropertyId,
    DateOnly PerformedOn,
    string Work,
    string PerformedBy,
    decimal Cost,
    Guid? WorkOrderId,
    Guid? RecordedByUserId,
    DateTimeOffset CreatedAt)
{
    public static readonly Expression<Func<MaintenanceRecord, MaintenanceRecordDetails>> Projection = r => new MaintenanceRecordDetails(
        r.Id, r.FacilityId, r.PropertyId, r.PerformedOn, r.Work, r.PerformedBy, r.Cost, r.WorkOrderId, r.RecordedByUserId, r.CreatedAt);

    private static readonly Func<MaintenanceRecord, MaintenanceRecordDetails> FromEntity = Projection.Compile();

    public static MaintenanceRecordDetails From(MaintenanceRecord record) => FromEntity(record);
}
