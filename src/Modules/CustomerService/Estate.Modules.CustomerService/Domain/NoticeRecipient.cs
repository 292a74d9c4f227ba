using Estate.SharedKernel.Domain;

namespace Estate.Modules.CustomerService.Domain;

/// <summary>Who a notice went to, as they were recorded when it was sent (later changes to the owner do not rewrite it).</summary>
internal sealed class NoticeRecipient(Guid organizationId, Guid id, Guid noticeId, Guid ownerId, Guid unitId, string name, string? phone, ResidentKind kind)
    : TenantEntity(organizationId, id)
{
    public Guid NoticeId { get; private set; } = noticeId;

    public Guid OwnerId { get; private set; } = ownerId;

    public Guid UnitId { get; private set; } = unitId;

    public string Name { get; private set; } = name;

    public string? Phone { get; private set; } = phone;

    public ResidentKind Kind { get; private set; } = kind;
}
