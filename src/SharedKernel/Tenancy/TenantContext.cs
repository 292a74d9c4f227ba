namespace Estate.SharedKernel.Tenancy;

/// <summary>The mutable, scoped implementation: set once per scope by the request pipeline, a job or the event dispatcher.</summary>
public sealed class TenantContext : ITenantContext
{
    public const string DefaultTimeZoneId = "Asia/Shanghai";

    private Guid? _organizationId;
    private Guid[] _propertyIds = [];

    public bool HasTenant => _organizationId.HasValue;

    public Guid OrganizationId => _organizationId ?? throw new TenantRequiredException();

    public Guid? OrganizationIdOrNull => _organizationId;

    public Guid? UserId { get; private set; }

    public bool AllProperties { get; private set; }

    public IReadOnlyList<Guid> PropertyIds => _propertyIds;

    public TimeZoneInfo TimeZone { get; private set; } = TimeZoneInfo.FindSystemTimeZoneById(DefaultTimeZoneId);

    public bool CanSeeProperty(Guid propertyId) => HasTenant && (AllProperties || _propertyIds.Contains(propertyId));

    /// <summary>Acts for a user of a company with the given property scope.</summary>
    public void Set(Guid organizationId, Guid? userId, bool allProperties, IEnumerable<Guid> propertyIds, string? timeZoneId)
    {
        if (_organizationId.HasValue && _organizationId != organizationId)
        {
            throw new InvalidOperationException("The tenant of a scope cannot change once set.");
        }

        _organizationId = organizationId;
        UserId = userId;
        AllProperties = allProperties;
        _propertyIds = [.. propertyIds];
        TimeZone = TimeZoneInfo.FindSystemTimeZoneById(string.IsNullOrWhiteSpace(timeZoneId) ? DefaultTimeZoneId : timeZoneId);
    }

    /// <summary>Acts for the system on behalf of a company (jobs, event delivery): every property.</summary>
    public void SetSystem(Guid organizationId, string? timeZoneId = null) => Set(organizationId, null, true, [], timeZoneId);
}
