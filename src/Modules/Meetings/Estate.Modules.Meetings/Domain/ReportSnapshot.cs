using Estate.SharedKernel.Domain;

namespace Estate.Modules.Meetings.Domain;

/// <summary>
/// A department's report as it stood when the meeting closed, frozen with its "as of" time; the minutes are
/// built from these only, so later changes in the department's records never reach them.
/// </summary>
internal sealed class ReportSnapshot : TenantEntity
{
    private ReportSnapshot(Guid organizationId, Guid id, Guid meetingId, string moduleId)
        : base(organizationId, id)
    {
        MeetingId = meetingId;
        ModuleId = moduleId;
    }

    public Guid MeetingId { get; private set; }

    public string ModuleId { get; private set; }

    public int Position { get; private set; }

    public string NameZh { get; private set; } = "";

    public string NameEn { get; private set; } = "";

    public bool Available { get; private set; }

    public string? UnavailableReason { get; private set; }

    /// <summary>The DepartmentReport as JSON; null when the section was unavailable.</summary>
    public string? Report { get; private set; }

    public DateTimeOffset AsOf { get; private set; }

    public string? Comment { get; private set; }

    public string? CommentAuthor { get; private set; }

    public static ReportSnapshot Freeze(
        Guid organizationId, Guid meetingId, string moduleId, int position, string nameZh, string nameEn, bool available, string? unavailableReason,
        string? report, DateTimeOffset asOf, string? comment, string? commentAuthor) =>
        new(organizationId, Guid.CreateVersion7(asOf), meetingId, moduleId)
        {
            Position = position,
            NameZh = nameZh,
            NameEn = nameEn,
            Available = available,
            UnavailableReason = unavailableReason,
            Report = report,
            AsOf = asOf,
            Comment = comment,
            CommentAuthor = commentAuthor,
        };
}
