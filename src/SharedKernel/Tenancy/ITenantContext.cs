namespace Estate.SharedKernel.Tenancy;

/// <summary>
/// The company (and property scope) the current request or job acts for. Scoped: one per request,
/// job or event delivery. Code that touches tenant data and finds no tenant refuses to run.
/// </summary>
public interface ITenantContext
{
    bool HasTenant { get; }

    /// <summary>The current company; throws <see cref="TenantRequiredException"/> when there is none.</summary>
    Guid OrganizationId { get; }

    /// <summary>The company id or null; for filters that must match nothing without a tenant.</summary>
    Guid? OrganizationIdOrNull { get; }

    Guid? UserId { get; }

    /// <summary>True when the caller sees every property of the company.</summary>
    bool AllProperties { get; }

    /// <summary>The properties granted to the caller when <see cref="AllProperties"/> is false.</summary>
    IReadOnlyList<Guid> PropertyIds { get; }

    /// <summary>The company's time zone; periods, deadlines shown to people and reports use it.</summary>
    TimeZoneInfo TimeZone { get; }

    bool CanSeeProperty(Guid propertyId);
}
