using Estate.Modules.Meetings.Pages;
using Estate.SharedKernel.Domain;
using Estate.SharedKernel.Ui;

namespace Estate.Modules.Meetings.Domain;

/// <summary>One work meeting, of a series or on its own. Once closed its reports and minutes are frozen.</summary>
internal sealed class Meeting : TenantEntity
{
    public const int TitleMaxLength = 200;
    public const int SummaryMaxLength = 8000;
    public const int ReasonMaxLength = 1000;

    private Meeting(Guid organizationId, Guid id, string title)
        : base(organizationId, id)
    {
        Title = title;
    }

    public Guid? SeriesId { get; private set; }

    public string Title { get; private set; }

    public DateTimeOffset StartsAt { get; private set; }

    public DateTimeOffset EndsAt { get; private set; }

    public string? Place { get; private set; }

    /// <summary>The video-meeting URL for remote participants.</summary>
    public string? OnlineLink { get; private set; }

    public List<Guid> PropertyIds { get; private set; } = [];

    public Guid ChairUserId { get; private set; }

    public string ChairName { get; private set; } = "";

    public List<string> Agenda { get; private set; } = [];

    /// <summary>A period chosen for the reports; when null, the period runs since the previous meeting of the series.</summary>
    public DateTimeOffset? ReportFrom { get; private set; }

    public DateTimeOffset? ReportTo { get; private set; }

    public MeetingStatus Status { get; private set; }

    public string? Summary { get; private set; }

    public string? CancelReason { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public uint Version { get; private set; }

    public static Meeting Plan(
        Guid organizationId,
        Guid? seriesId,
        string title,
        DateTimeOffset startsAt,
        DateTimeOffset endsAt,
        string? place,
        string? onlineLink,
        IEnumerable<Guid> propertyIds,
        Guid chairUserId,
        string chairName,
        IEnumerable<string> agenda,
        DateTimeOffset? reportFrom,
        DateTimeOffset? reportTo,
        DateTimeOffset now)
    {
        var meeting = new Meeting(organizationId, Guid.CreateVersion7(now), title)
        {
            SeriesId = seriesId,
            Place = place,
            OnlineLink = onlineLink,
            PropertyIds = [.. propertyIds.Distinct()],
            ChairUserId = chairUserId,
            ChairName = chairName,
            Agenda = [.. agenda],
            Status = MeetingStatus.Planned,
            CreatedAt = now,
        };
        meeting.SetTimes(startsAt, endsAt);
        meeting.SetReportPeriod(reportFrom, reportTo);
        return meeting;
    }

    public void Reschedule(string title, DateTimeOffset startsAt, DateTimeOffset endsAt, string? place, string? onlineLink, DateTimeOffset? reportFrom, DateTimeOffset? reportTo)
    {
        EnsureOpen();
        Title = title;
        Place = place;
        OnlineLink = onlineLink;
        SetTimes(startsAt, endsAt);
        SetReportPeriod(reportFrom, reportTo);
    }

    public void Close(string summary, DateTimeOffset now)
    {
        EnsureOpen();
        Summary = summary;
        ClosedAt = now;
        Status = MeetingStatus.Closed;
    }

    public void Cancel(string reason)
    {
        EnsureOpen();
        CancelReason = reason;
        Status = MeetingStatus.Cancelled;
    }

    /// <summary>Everything recorded for a meeting (participants, problems, items, requests) changes only while it is planned.</summary>
    public void EnsureOpen()
    {
        if (Status != MeetingStatus.Planned)
        {
            throw new DomainRuleException("meeting.not_open", Texts.T($"会议状态为“{MeetingTexts.Of(Status)}”，记录不能再更改。", $"The meeting is {Status.ToString().ToLowerInvariant()}; its record no longer changes."));
        }
    }

    private void SetTimes(DateTimeOffset startsAt, DateTimeOffset endsAt)
    {
        if (endsAt <= startsAt)
        {
            throw new DomainRuleException("meeting.ends_before_start", Texts.T("会议结束时间须晚于开始时间。", "A meeting ends after it starts."));
        }

        // Npgsql writes timestamptz only from UTC values; a client may send the company's local offset.
        StartsAt = startsAt.ToUniversalTime();
        EndsAt = endsAt.ToUniversalTime();
    }

    private void SetReportPeriod(DateTimeOffset? from, DateTimeOffset? to)
    {
        if (from.HasValue != to.HasValue || from >= to)
        {
            throw new DomainRuleException("meeting.bad_report_period", Texts.T("指定的报告期须有开始和结束日期，且开始早于结束。", "A chosen report period needs both ends, the start before the end."));
        }

        ReportFrom = from;
        ReportTo = to;
    }
}
