using Estate.Modules.Meetings.Contracts;
using Estate.Modules.Meetings.Data;
using Estate.Modules.Meetings.Domain;
using Estate.Modules.Meetings.Features.ActionItems;
using Estate.Modules.Meetings.Features.Problems;
using Estate.Modules.Meetings.Features.Resources;
using Estate.Modules.Meetings.Reports;
using Estate.SharedKernel.Reports;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Meetings.Features.Meetings;

/// <summary>A department's section of the work review: live before closing, frozen after.</summary>
internal sealed record ReportSectionView(
    string ModuleId,
    string NameZh,
    string NameEn,
    bool Available,
    string? UnavailableReason,
    DateTimeOffset AsOf,
    DepartmentReport? Report,
    string? Comment,
    string? CommentAuthor);

/// <summary>The agenda, step by step: work review, problems, plans and goals, resources, closing.</summary>
internal sealed record MeetingAgenda(
    MeetingDetails Meeting,
    ReportPeriod Period,
    bool Frozen,
    IReadOnlyList<ReportSectionView> Reports,
    IReadOnlyList<string> MissingComments,
    IReadOnlyList<MeetingProblemDetails> Problems,
    IReadOnlyList<DecisionDetails> Decisions,
    IReadOnlyList<ActionItemDetails> ActionItems,
    IReadOnlyList<ActionItemDetails> CarriedOver,
    IReadOnlyList<ResourceRequestDetails> ResourceRequests);

/// <summary>
/// The meeting's agenda filled with data: each department's report pulled live for the meeting's period (or
/// the frozen one once closed), what was recorded so far, and the carried-over items with their live figures.
/// </summary>
internal sealed record GetMeetingAgenda(Guid Id) : IRequest<Result<MeetingAgenda>>;

internal sealed class GetMeetingAgendaHandler(MeetingsDbContext db, ReportCollector collector, TimeProvider clock)
    : IRequestHandler<GetMeetingAgenda, Result<MeetingAgenda>>
{
    public async Task<Result<MeetingAgenda>> Handle(GetMeetingAgenda request, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == request.Id, cancellationToken);
        if (meeting is null)
        {
            return Error.NotFound(new("会议", "Meeting"), request.Id);
        }

        var period = await MeetingPeriods.ForAsync(db, meeting, cancellationToken);
        var record = await MeetingRecord.LoadAsync(db, meeting, cancellationToken);
        var frozen = meeting.Status == MeetingStatus.Closed;
        var snapshots = frozen
            ? await db.ReportSnapshots.AsNoTracking().Where(s => s.MeetingId == meeting.Id).OrderBy(s => s.Position).ToListAsync(cancellationToken)
            : [];
        IReadOnlyList<CollectedReport> reports = frozen
            ? [.. snapshots.Select(s => new CollectedReport(s.ModuleId, s.NameZh, s.NameEn, s.Available, s.UnavailableReason,
                s.Report is null ? null : MeetingsJson.Read<DepartmentReport>(s.Report), s.AsOf))]
            : await collector.CollectAsync(period, null, cancellationToken);

        // Before closing, the heads' comments as they stand; after, as frozen with the reports.
        var comments = frozen
            ? snapshots.Where(s => s.Comment is not null).ToDictionary(s => s.ModuleId, s => (Text: s.Comment!, Author: s.CommentAuthor ?? ""))
            : record.Comments.ToDictionary(c => c.ModuleId, c => (Text: c.Text, Author: c.AuthorName));
        var sections = reports.Select(r => new ReportSectionView(
            r.ModuleId, r.NameZh, r.NameEn, r.Available, r.UnavailableReason, r.AsOf, r.Report,
            comments.TryGetValue(r.ModuleId, out var c) ? c.Text : null, comments.TryGetValue(r.ModuleId, out var a) ? a.Author : null)).ToList();

        var now = clock.GetUtcNow();
        return new MeetingAgenda(
            MeetingDetails.From(meeting, [.. record.Participants.Select(ParticipantDetails.From)]),
            period,
            frozen,
            sections,
            [.. sections.Where(s => s.Available && s.Comment is null).Select(s => s.ModuleId)],
            [.. record.Problems.Select(MeetingProblemDetails.From)],
            [.. record.Decisions.Select(d => new DecisionDetails(d.Id, d.MeetingId, d.Text, d.Department, d.CreatedAt))],
            [.. record.ActionItems.Select(i => ActionItemDetails.From(i).WithLiveFigure(reports, now))],
            [.. record.CarriedOver.Select(i => ActionItemDetails.From(i).WithLiveFigure(reports, now))],
            [.. record.ResourceRequests.Select(ResourceRequestDetails.From)]);
    }
}

internal static class GetMeetingAgendaEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("meetings/{id}/agenda", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetMeetingAgenda(id), cancellationToken)).ToOk())
            .WithName(nameof(GetMeetingAgenda))
            .RequireAuthorization(MeetingsPermissions.Read);
}
