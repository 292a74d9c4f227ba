using Estate.Modules.Cleaning.Pages;
using Estate.SharedKernel.Domain;
using Estate.SharedKernel.Ui;

namespace Estate.Modules.Cleaning.Domain;

/// <summary>
/// A hygiene dead corner (卫生死角): a spot that keeps getting dirty or cannot be reached. Where building work
/// or special tools are needed it is referred to engineering as a work order; while engineering is not available
/// to the company it stays here, marked as needing engineering.
/// </summary>
internal sealed class DeadCorner : PropertyEntity
{
    public const int PlaceMaxLength = 200;
    public const int DescriptionMaxLength = 2000;
    public const int PhotoUrlMaxLength = 500;
    public const int NoteMaxLength = 1000;
    public const int WorkOrderNumberMaxLength = 32;

    // Used by EF Core when it materialises a row.
    private DeadCorner(Guid organizationId, Guid id, Guid propertyId, string place, string description)
        : base(organizationId, id, propertyId)
    {
        Place = place;
        Description = description;
    }

    public string Place { get; private set; }

    public string Description { get; private set; }

    public string? PhotoUrl { get; private set; }

    public DeadCornerStatus Status { get; private set; }

    public EngineeringNeed? EngineeringNeed { get; private set; }

    public Guid? WorkOrderId { get; private set; }

    public string? WorkOrderNumber { get; private set; }

    public Guid ReportedByUserId { get; private set; }

    public string ReportedByName { get; private set; } = "";

    public DateTimeOffset ReportedAt { get; private set; }

    public DateTimeOffset? StartedAt { get; private set; }

    public DateTimeOffset? ResolvedAt { get; private set; }

    public string? ResolutionNote { get; private set; }

    public uint Version { get; private set; }

    /// <summary>Needs engineering and no work order was opened yet (engineering was not available).</summary>
    public bool AwaitsEngineering => EngineeringNeed is not null && WorkOrderId is null;

    public static DeadCorner Report(
        Guid organizationId,
        Guid propertyId,
        string place,
        string description,
        string? photoUrl,
        EngineeringNeed? need,
        Guid reportedByUserId,
        string reportedByName,
        DateTimeOffset now) =>
        new(organizationId, Guid.CreateVersion7(now), propertyId, place, description)
        {
            PhotoUrl = photoUrl,
            EngineeringNeed = need,
            Status = DeadCornerStatus.Open,
            ReportedByUserId = reportedByUserId,
            ReportedByName = reportedByName,
            ReportedAt = now,
        };

    /// <summary>Marks the corner as needing engineering; the work order follows when engineering is available.</summary>
    public void NeedEngineering(EngineeringNeed need)
    {
        if (Status == DeadCornerStatus.Resolved)
        {
            throw Refused("refer");
        }

        if (WorkOrderId is not null)
        {
            throw new DomainRuleException("dead_corner.already_referred", Texts.T($"工程部已为该卫生死角开具工单 {WorkOrderNumber}。", $"Engineering already has work order {WorkOrderNumber} for this dead corner."));
        }

        EngineeringNeed = need;
    }

    public void ReferredAs(Guid workOrderId, string workOrderNumber)
    {
        if (EngineeringNeed is null || WorkOrderId is not null)
        {
            throw Refused("refer");
        }

        WorkOrderId = workOrderId;
        WorkOrderNumber = workOrderNumber;
    }

    public void Start(DateTimeOffset now)
    {
        if (Status != DeadCornerStatus.Open)
        {
            throw Refused("start");
        }

        StartedAt = now;
        Status = DeadCornerStatus.InProgress;
    }

    public void Resolve(string note, DateTimeOffset now)
    {
        if (Status == DeadCornerStatus.Resolved)
        {
            throw Refused("resolve");
        }

        ResolutionNote = note;
        ResolvedAt = now;
        Status = DeadCornerStatus.Resolved;
    }

    private DomainRuleException Refused(string action) =>
        new($"dead_corner.cannot_{action}", Texts.T($"卫生死角当前状态为“{CleaningTexts.Of(Status)}”，不能执行此操作。", $"Cannot {action} a dead corner in status {Status}."));
}
