namespace Estate.SharedKernel.Tenancy;

/// <summary>SaveChanges found a row of another company than the current one.</summary>
public sealed class CrossTenantWriteException(string entity, Guid rowOrganization, Guid? currentOrganization)
    : Exception($"Refused to save {entity} of organization {rowOrganization} while acting for {currentOrganization?.ToString() ?? "no organization"}.");
