namespace Estate.Host.Platform.Data;

/// <summary>A residential property (小区) of one company.</summary>
internal sealed class Property
{
    public Guid OrganizationId { get; set; }

    public Guid Id { get; set; }

    public required string Name { get; set; }

    public string? Address { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>PostgreSQL xmin: a stale update is refused.</summary>
    public uint Version { get; set; }
}
