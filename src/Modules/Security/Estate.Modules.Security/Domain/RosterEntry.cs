using Estate.SharedKernel.Domain;

namespace Estate.Modules.Security.Domain;

/// <summary>One guard on one post for one shift of a day (排班); the guard's name is kept as it was when rostered.</summary>
internal sealed class RosterEntry(
    Guid organizationId,
    Guid id,
    Guid propertyId,
    DateOnly date,
    Guid shiftId,
    Guid postId,
    Guid guardUserId,
    string guardName,
    DateTimeOffset createdAt) : PropertyEntity(organizationId, id, propertyId)
{
    public const int GuardNameMaxLength = 200;

    public DateOnly Date { get; private set; } = date;

    public Guid ShiftId { get; private set; } = shiftId;

    public Guid PostId { get; private set; } = postId;

    public Guid GuardUserId { get; private set; } = guardUserId;

    public string GuardName { get; private set; } = guardName;

    public DateTimeOffset CreatedAt { get; private set; } = createdAt;
}
