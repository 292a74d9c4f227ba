namespace Estate.Modules.CustomerService.Domain;

/// <summary>业主 or 租户: an owner of the unit, or a tenant living in it.</summary>
internal enum ResidentKind
{
    Owner,
    Tenant,
}
