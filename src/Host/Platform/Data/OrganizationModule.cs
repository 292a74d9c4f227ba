namespace Estate.Host.Platform.Data;

/// <summary>Whether a company has a module switched on; its data stays when it is switched off.</summary>
internal sealed class OrganizationModule
{
    public Guid OrganizationId { get; set; }

    public required string ModuleId { get; set; }

    public bool Enabled { get; set; }

    public DateTimeOffset ChangedAt { get; set; }
}
