using Estate.SharedKernel.Domain;

namespace Estate.Modules.Cleaning.Domain;

/// <summary>A company's own cleaning rules; one row per company, its id the company's id. Without a row the defaults apply.</summary>
internal sealed class CleaningSettings(Guid organizationId) : TenantEntity(organizationId, organizationId)
{
    public const int DefaultCollectionToleranceMinutes = 30;
    public const int MaxCollectionToleranceMinutes = 720;

    /// <summary>How long after its scheduled time a garbage collection still counts as on time.</summary>
    public int CollectionToleranceMinutes { get; private set; } = DefaultCollectionToleranceMinutes;

    public DateTimeOffset? ChangedAt { get; private set; }

    public uint Version { get; private set; }

    public void Change(int collectionToleranceMinutes, DateTimeOffset now)
    {
        CollectionToleranceMinutes = collectionToleranceMinutes;
        ChangedAt = now;
    }
}
