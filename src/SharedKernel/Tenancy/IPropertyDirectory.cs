namespace Estate.SharedKernel.Tenancy;

/// <summary>A property (小区) of the current company, as the platform keeps it.</summary>
public sealed record PropertySummary(Guid Id, string Name);

/// <summary>The platform's properties, seen through the current tenant and the caller's property scope.</summary>
public interface IPropertyDirectory
{
    /// <summary>The property if it belongs to the current company and the caller may see it; otherwise null.</summary>
    Task<PropertySummary?> FindAsync(Guid propertyId, CancellationToken cancellationToken = default);

    /// <summary>Every property of the current company the caller may see, by name.</summary>
    Task<IReadOnlyList<PropertySummary>> ListAsync(CancellationToken cancellationToken = default);
}
