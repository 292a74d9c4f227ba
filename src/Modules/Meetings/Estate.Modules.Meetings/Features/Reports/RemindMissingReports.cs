using Estate.Modules.Meetings.Contracts;
using Estate.Modules.Meetings.Data;
using Estate.Modules.Meetings.Domain;
using Estate.Modules.Meetings.Notifications;
using Estate.Modules.Meetings.Reports;
using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Meetings.Features.Reports;

internal sealed record ReportReminders(IReadOnlyList<string> Departments, int Notified);

/// <summary>
/// The organiser reminds the departments whose report has no comment from their head yet: the department's
/// head participants are notified (in the app, and by mail where configured), else the department's inbox.
/// </summary>
internal sealed record RemindMissingReports(Guid MeetingId) : ICommand<Result<ReportReminders>>;

internal sealed class RemindMissingReportsHandler(MeetingsDbContext db, ReportCollector collector, Notifier notifier, TimeProvider clock)
    : IRequestHandler<RemindMissingReports, Result<ReportReminders>>
{
    public async Task<Result<ReportReminders>> Handle(RemindMissingReports request, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == request.MeetingId, cancellationToken);
        if (meeting is null)
        {
            return Error.NotFound(new("会议", "Meeting"), request.MeetingId);
        }

        meeting.EnsureOpen();
        var reports = await collector.CollectAsync(await MeetingPeriods.ForAsync(db, meeting, cancellationToken), null, cancellationToken);
        var commented = await db.ReportComments.Where(c => c.MeetingId == meeting.Id).Select(c => c.ModuleId).ToListAsync(cancellationToken);
        var missing = reports.Where(r => r.Available && !commented.Contains(r.ModuleId)).ToList();
        var heads = await db.Participants.AsNoTracking()
            .Where(p => p.MeetingId == meeting.Id && p.Role == ParticipantRole.DepartmentHead && p.UserId != null)
            .ToListAsync(cancellationToken);
        var link = $"/api/meetings/meetings/{meeting.Id}/agenda";
        var notified = 0;
        var now = clock.GetUtcNow();
        foreach (var report in missing)
        {
            var subject = $"请补充部门汇报说明：{meeting.Title}";
            var body = $"会议「{meeting.Title}」将于 {notifier.Local(meeting.StartsAt)} 召开，{report.NameZh}的汇报尚无部门说明，请在会前补充。";
            var recipients = heads.Where(h => h.Department == report.ModuleId).ToList();
            if (recipients.Count == 0)
            {
                notifier.ToDepartment(report.ModuleId, NotificationKind.ReportReminder, subject, body, link, null, now);
                notified++;
            }

            foreach (var head in recipients)
            {
                notifier.ToUser(head.UserId!.Value, head.Email, head.Name, NotificationKind.ReportReminder, subject, body, link, null, now);
                notified++;
            }
        }

        await notifier.SendMailAsync(cancellationToken);
        return new ReportReminders([.. missing.Select(r => r.ModuleId)], notified);
    }
}

internal static class RemindMissingReportsEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("meetings/{id}/reports/reminders", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new RemindMissingReports(id), cancellationToken)).ToOk())
            .WithName(nameof(RemindMissingReports))
            .RequireAuthorization(MeetingsPermissions.Organize);
}
