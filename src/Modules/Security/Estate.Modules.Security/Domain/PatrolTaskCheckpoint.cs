using Estate.Modules.Security.Pages;
using Estate.SharedKernel.Domain;
using Estate.SharedKernel.Ui;

namespace Estate.Modules.Security.Domain;

/// <summary>A checkpoint of one patrol task, copied from the route when the task was made.</summary>
internal sealed class PatrolTaskCheckpoint : PropertyEntity
{
    // Used by EF Core when it materialises a row; rows are made in bulk by the scheduling job.
    private PatrolTaskCheckpoint(Guid organizationId, Guid id, Guid propertyId, string code, string name)
        : base(organizationId, id, propertyId)
    {
        Code = code;
        Name = name;
    }

    public Guid TaskId { get; private set; }

    public Guid CheckpointId { get; private set; }

    public int Sequence { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public CheckpointStatus Status { get; private set; }

    public DateTimeOffset? CheckedInAt { get; private set; }

    public Guid? CheckedInByUserId { get; private set; }

    public string? CheckedInByName { get; private set; }

    public double? Latitude { get; private set; }

    public double? Longitude { get; private set; }

    /// <summary>Marks the checkpoint done, or late when checked in after the task's due-by time.</summary>
    public CheckInOutcome CheckIn(PatrolTask task, DateTimeOffset at, Guid userId, string userName, double? latitude, double? longitude)
    {
        if (Status != CheckpointStatus.Pending)
        {
            throw new DomainRuleException("patrol_checkpoint.already_checked_in", Texts.T($"该巡更点已为“{SecurityTexts.Of(Status)}”。", $"The checkpoint is already {Status}."));
        }

        Status = at <= task.DueBy ? CheckpointStatus.Done : CheckpointStatus.Late;
        CheckedInAt = at;
        CheckedInByUserId = userId;
        CheckedInByName = userName;
        Latitude = latitude;
        Longitude = longitude;
        return Status == CheckpointStatus.Done ? CheckInOutcome.OnTime : CheckInOutcome.Late;
    }
}
