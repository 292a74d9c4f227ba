namespace Estate.SharedKernel.Domain;

/// <summary>
/// A row owned by a company. The key is (organization_id, id) and every index leads with
/// organization_id, so tables can later be distributed by company unchanged.
/// </summary>
public abstract class TenantEntity
{
    protected TenantEntity(Guid organizationId, Guid id)
    {
        OrganizationId = organizationId;
        Id = id;
    }

    public Guid OrganizationId { get; private set; }

    public Guid Id { get; private set; }
}
