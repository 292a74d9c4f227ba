using Estate.Modules.Meetings.Contracts;
using Estate.Modules.Meetings.Data;
using Estate.Modules.Meetings.Domain;
using Estate.Modules.Meetings.Invitations;
using Estate.Modules.Meetings.Notifications;
using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Estate.Modules.Meetings.Features.Invitations;

internal sealed record InvitationsSent(int InApp, int Mailed, IReadOnlyList<string> MailFailures);

/// <summary>
/// Sends every participant the invitation: in the app to company users, and by mail with the .ics attached to
/// everyone with an address where SMTP is configured.
/// </summary>
internal sealed record SendInvitations(Guid MeetingId) : ICommand<Result<InvitationsSent>>;

internal sealed class SendInvitationsHandler(
    MeetingsDbContext db, InvitationCalendar calendar, Notifier notifier, MailSender mail, ITenantContext tenant, TimeProvider clock, ILogger<SendInvitationsHandler> logger)
    : IRequestHandler<SendInvitations, Result<InvitationsSent>>
{
    public async Task<Result<InvitationsSent>> Handle(SendInvitations request, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == request.MeetingId, cancellationToken);
        if (meeting is null)
        {
            return Error.NotFound(new("会议", "Meeting"), request.MeetingId);
        }

        meeting.EnsureOpen();
        var participants = await db.Participants.AsNoTracking().Where(p => p.MeetingId == meeting.Id).OrderBy(p => p.Role).ThenBy(p => p.Name).ToListAsync(cancellationToken);
        var invitations = await calendar.ForAsync(meeting, participants, participants, tenant.TimeZone, cancellationToken);
        var now = clock.GetUtcNow();
        var subject = $"会议邀请：{meeting.Title}（{notifier.Local(meeting.StartsAt)}）";
        var text = $"您受邀参加「{meeting.Title}」，时间 {notifier.Local(meeting.StartsAt)}，地点 {meeting.Place ?? "线上"}。"
                   + (meeting.OnlineLink is null ? "" : $" 线上参会：{meeting.OnlineLink}");
        var (inApp, mailed, failures) = (0, 0, new List<string>());
        foreach (var invitation in invitations)
        {
            if (invitation.UserId is { } userId)
            {
                notifier.ToUser(userId, null, invitation.Name, NotificationKind.Invitation, subject, text, $"/api/meetings/meetings/{meeting.Id}/invitation.ics", null, now);
                inApp++;
            }

            if (!mail.IsConfigured || invitation.Email is null)
            {
                continue;
            }

            try
            {
                await mail.SendAsync(
                    new MailMessage(invitation.Email, invitation.Name, subject, text, null,
                        [new MailAttachment(invitation.FileName, "text/calendar; method=REQUEST; charset=utf-8", System.Text.Encoding.UTF8.GetBytes(invitation.Calendar))]),
                    cancellationToken);
                mailed++;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Invitation mail to {Address} failed: {Error}", invitation.Email, exception.Message);
                failures.Add(invitation.Email);
            }
        }

        return new InvitationsSent(inApp, mailed, failures);
    }
}

internal static class SendInvitationsEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("meetings/{id}/invitations", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new SendInvitations(id), cancellationToken)).ToOk())
            .WithName(nameof(SendInvitations))
            .RequireAuthorization(MeetingsPermissions.Organize);
}
