using Microsoft.AspNetCore.Identity;

namespace Estate.Host.Platform.Data;

/// <summary>A person who signs in: a platform admin (no company) or a user of one company.</summary>
internal sealed class PlatformUser : IdentityUser<Guid>
{
    public Guid? OrganizationId { get; set; }

    public required string DisplayName { get; set; }

    /// <summary>The module id of the user's department (e.g. "engineering"), for department heads and staff.</summary>
    public string? Department { get; set; }

    /// <summary>True when the user sees every property of the company; otherwise only the granted ones.</summary>
    public bool AllProperties { get; set; } = true;

    /// <summary>The language the user chose for pages and messages ("zh-CN" or "en"); null means the platform's default.</summary>
    public string? Language { get; set; }

    public List<UserPropertyGrant> PropertyGrants { get; set; } = [];
}
