using Estate.SharedKernel.Domain;

namespace Estate.Modules.Meetings.Domain;

/// <summary>A problem analysed in the meeting: where it comes from, its root cause, who must act and how.</summary>
internal sealed class Problem : TenantEntity
{
    public const int TitleMaxLength = 200;
    public const int TextMaxLength = 4000;
    public const int DepartmentMaxLength = 64;
    public const int RecordTypeMaxLength = 64;

    private Problem(Guid organizationId, Guid id, Guid meetingId, string title)
        : base(organizationId, id)
    {
        MeetingId = meetingId;
        Title = title;
    }

    public Guid MeetingId { get; private set; }

    public string Title { get; private set; }

    public string? Description { get; private set; }

    public ProblemSource Source { get; private set; }

    public string? RootCause { get; private set; }

    public string? ResponsibleDepartment { get; private set; }

    public string? ProposedMeasures { get; private set; }

    /// <summary>The record behind the problem in a department's module, e.g. "complaint" or "work-order", and its id.</summary>
    public string? RecordType { get; private set; }

    public Guid? RecordId { get; private set; }

    public Guid? RaisedByUserId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public uint Version { get; private set; }

    public static Problem Raise(
        Guid organizationId, Guid meetingId, string title, string? description, ProblemSource source, string? rootCause, string? responsibleDepartment,
        string? proposedMeasures, string? recordType, Guid? recordId, Guid? raisedByUserId, DateTimeOffset now) =>
        new(organizationId, Guid.CreateVersion7(now), meetingId, title)
        {
            Description = description,
            Source = source,
            RootCause = rootCause,
            ResponsibleDepartment = responsibleDepartment,
            ProposedMeasures = proposedMeasures,
            RecordType = recordType,
            RecordId = recordId,
            RaisedByUserId = raisedByUserId,
            CreatedAt = now,
        };

    public void Analyse(string title, string? description, ProblemSource source, string? rootCause, string? responsibleDepartment, string? proposedMeasures)
    {
        Title = title;
        Description = description;
        Source = source;
        RootCause = rootCause;
        ResponsibleDepartment = responsibleDepartment;
        ProposedMeasures = proposedMeasures;
    }
}
