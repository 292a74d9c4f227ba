namespace Estate.SharedKernel.Domain;

/// <summary>A company row that belongs to one property; users scoped to some properties see only theirs.</summary>
public abstract class PropertyEntity(Guid organizationId, Guid id, Guid propertyId) : TenantEntity(organizationId, id)
{
    public Guid PropertyId { get; private set; } = propertyId;
}
