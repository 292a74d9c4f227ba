using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Domain;
using Estate.SharedKernel.Ui;

namespace Estate.Modules.Cleaning.Domain;

/// <summary>
/// The garbage collection log (垃圾清运) of one point and one local day: when it was due and when it happened.
/// The MarkMissedCollections job adds a missed record for a past day nobody logged; a collection logged
/// afterwards for that day still counts, as on time or late.
/// </summary>
internal sealed class GarbageCollection : PropertyEntity
{
    public const int NoteMaxLength = 500;

    // Used by EF Core when it materialises a row.
    private GarbageCollection(Guid organizationId, Guid id, Guid propertyId)
        : base(organizationId, id, propertyId)
    {
    }

    public Guid CollectionPointId { get; private set; }

    public DateOnly Date { get; private set; }

    public DateTimeOffset ScheduledAt { get; private set; }

    public DateTimeOffset? CollectedAt { get; private set; }

    public CollectionStatus Status { get; private set; }

    /// <summary>How many minutes after the scheduled time the collection came; null until it came, never negative.</summary>
    public int? MinutesLate { get; private set; }

    public Guid? RecordedByUserId { get; private set; }

    public string? RecordedByName { get; private set; }

    public string? Note { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public uint Version { get; private set; }

    public static GarbageCollection ForDay(CollectionPoint point, DateOnly date, TimeZoneInfo zone, DateTimeOffset now) =>
        new(point.OrganizationId, Guid.CreateVersion7(now), point.PropertyId)
        {
            CollectionPointId = point.Id,
            Date = date,
            ScheduledAt = CompanyCalendar.At(date, point.CollectionTime, zone),
            Status = CollectionStatus.Missed,
            CreatedAt = now,
        };

    /// <summary>Logs the day's collection; late when it came more than <paramref name="tolerance"/> after the scheduled time.</summary>
    public void Record(DateTimeOffset collectedAt, TimeSpan tolerance, Guid userId, string userName, string? note)
    {
        if (CollectedAt is not null)
        {
            throw new DomainRuleException("collection.already_recorded", Texts.T($"该收集点 {Date:yyyy-MM-dd} 的清运已登记。", $"The collection of {Date:yyyy-MM-dd} at this point is already recorded."));
        }

        var late = collectedAt - ScheduledAt;
        CollectedAt = collectedAt;
        MinutesLate = late <= TimeSpan.Zero ? 0 : (int)Math.Floor(late.TotalMinutes);
        Status = late > tolerance ? CollectionStatus.Late : CollectionStatus.OnTime;
        RecordedByUserId = userId;
        RecordedByName = userName;
        Note = note;
    }
}
