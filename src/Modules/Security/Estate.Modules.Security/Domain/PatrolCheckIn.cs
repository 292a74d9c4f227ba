using Estate.SharedKernel.Domain;

namespace Estate.Modules.Security.Domain;

/// <summary>
/// A scan of a checkpoint's tag by a guard, kept whether or not it counted for a task. A device offline on
/// its round sends its scans later: <see cref="CheckedInAt"/> is when the tag was scanned, <see cref="ReceivedAt"/> when it arrived.
/// </summary>
internal sealed class PatrolCheckIn(
    Guid organizationId,
    Guid id,
    Guid propertyId,
    Guid checkpointId,
    string checkpointCode,
    Guid? taskId,
    Guid userId,
    string userName,
    DateTimeOffset checkedInAt,
    DateTimeOffset receivedAt,
    double? latitude,
    double? longitude,
    CheckInOutcome outcome) : PropertyEntity(organizationId, id, propertyId)
{
    public const int UserNameMaxLength = 200;

    public Guid CheckpointId { get; private set; } = checkpointId;

    public string CheckpointCode { get; private set; } = checkpointCode;

    public Guid? TaskId { get; private set; } = taskId;

    public Guid UserId { get; private set; } = userId;

    public string UserName { get; private set; } = userName;

    public DateTimeOffset CheckedInAt { get; private set; } = checkedInAt;

    public DateTimeOffset ReceivedAt { get; private set; } = receivedAt;

    public double? Latitude { get; private set; } = latitude;

    public double? Longitude { get; private set; } = longitude;

    public CheckInOutcome Outcome { get; private set; } = outcome;
}
