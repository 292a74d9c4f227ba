namespace Estate.Host.Platform.Data;

/// <summary>A property a user with a limited scope may see.</summary>
internal sealed class UserPropertyGrant
{
    public Guid OrganizationId { get; set; }

    public Guid UserId { get; set; }

    public Guid PropertyId { get; set; }
}
