using System.Linq.Expressions;
using Estate.Modules.Cleaning.Domain;

namespace Estate.Modules.Cleaning.Features.Collections;

/// <summary>A day's entry of the garbage collection log.</summary>
internal sealed record CollectionDetails(
    Guid Id,
    Guid PropertyId,
    Guid CollectionPointId,
    DateOnly Date,
    DateTimeOffset ScheduledAt,
    DateTimeOffset? CollectedAt,
    CollectionStatus Status,
    int? MinutesLate,
    Guid? RecordedByUserId,
    string? RecordedByName,
    string? Note)
{
    public static readonly Expression<Func<GarbageCollection, CollectionDetails>> Projection = c => new CollectionDetails(
        c.Id, c.PropertyId, c.CollectionPointId, c.Date, c.ScheduledAt, c.CollectedAt, c.Status, c.MinutesLate, c.RecordedByUserId, c.RecordedByName, c.Note);

    private static readonly Func<GarbageCollection, CollectionDetails> FromEntity = Projection.Compile();

    public static CollectionDetails From(GarbageCollection collection) => FromEntity(collection);
}
