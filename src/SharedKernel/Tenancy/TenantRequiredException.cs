namespace Estate.SharedKernel.Tenancy;

/// <summary>Tenant data was touched without a company to filter by; never run unfiltered.</summary>
public sealed class TenantRequiredException() : Exception("This operation needs a company (tenant) and none is set.");
