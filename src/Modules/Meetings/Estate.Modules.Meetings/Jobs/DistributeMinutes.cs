using Estate.Modules.Meetings.Data;
using Estate.Modules.Meetings.Domain;
using Estate.Modules.Meetings.Documents;
using Estate.Modules.Meetings.Notifications;
using Estate.SharedKernel.Jobs;
using Estate.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Estate.Modules.Meetings.Jobs;

/// <summary>
/// Sends the minutes of closed meetings to every participant and every department concerned: in the app always,
/// by mail where SMTP is configured. Each recipient and channel has a delivery row with a unique key, claimed
/// before sending, so a retried run sends nothing twice; a failed mail gives its claim back for the next run.
/// </summary>
internal sealed class DistributeMinutes(
    MeetingsDbContext db, MailSender mail, ITenantContext tenant, TimeProvider clock, ILogger<DistributeMinutes> logger) : ITenantJob
{
    private const int MeetingsPerRun = 20;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var pending = await db.Minutes.AsNoTracking().Where(m => m.DistributedAt == null).OrderBy(m => m.CreatedAt).Take(MeetingsPerRun)
            .Select(m => new { m.Id, m.Content }).ToListAsync(cancellationToken);
        foreach (var minutes in pending)
        {
            var document = MeetingsJson.Read<MinutesDocument>(minutes.Content);
            await DeliverInAppAsync(document, cancellationToken);
            if (await DeliverByMailAsync(document, cancellationToken))
            {
                await db.Minutes.Where(m => m.Id == minutes.Id).ExecuteUpdateAsync(set => set.SetProperty(m => m.DistributedAt, clock.GetUtcNow()), cancellationToken);
                logger.LogInformation("Minutes of meeting {MeetingId} distributed", minutes.Id);
            }
        }
    }

    private async Task DeliverInAppAsync(MinutesDocument document, CancellationToken cancellationToken)
    {
        var done = (await db.MinutesDeliveries.AsNoTracking().Where(d => d.MeetingId == document.MeetingId && d.Channel == DeliveryChannel.InApp)
            .Select(d => d.RecipientKey).ToListAsync(cancellationToken)).ToHashSet();
        var now = clock.GetUtcNow();
        var subject = $"会议纪要：{document.Title}";
        var body = $"「{document.Title}」的会议纪要已发布，请查阅并落实其中的决议和待办事项。";
        var link = $"/api/meetings/meetings/{document.MeetingId}/minutes.html";
        var users = document.Attendance.Where(a => a.UserId is not null).Select(a => a.UserId!.Value).Distinct();
        foreach (var userId in users.Where(u => !done.Contains($"user:{u}")))
        {
            db.Add(Claim(document.MeetingId, DeliveryChannel.InApp, $"user:{userId}", now, sent: true));
            db.Notifications.Add(Notification.ToUser(tenant.OrganizationId, userId, NotificationKind.Minutes, subject, body, link, $"minutes:{document.MeetingId}:user:{userId}", now));
        }

        foreach (var department in document.DepartmentsConcerned.Where(d => !done.Contains($"department:{d}")))
        {
            db.Add(Claim(document.MeetingId, DeliveryChannel.InApp, $"department:{department}", now, sent: true));
            db.Notifications.Add(Notification.ToDepartment(
                tenant.OrganizationId, department, NotificationKind.Minutes, subject, body, link, $"minutes:{document.MeetingId}:department:{department}", now));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <returns>True when every mail recipient has had the minutes (or mail is off).</returns>
    private async Task<bool> DeliverByMailAsync(MinutesDocument document, CancellationToken cancellationToken)
    {
        if (!mail.IsConfigured)
        {
            return true;
        }

        var html = MinutesHtml.Render(document);
        var complete = true;
        foreach (var recipient in document.Attendance.Where(a => a.Email is not null).DistinctBy(a => a.Email!.ToLowerInvariant()))
        {
            var key = $"mail:{recipient.Email!.ToLowerInvariant()}";
            var now = clock.GetUtcNow();
            var claimed = await db.Database.ExecuteSqlInterpolatedAsync(
                $"""
                INSERT INTO meetings.minutes_deliveries (organization_id, id, meeting_id, channel, recipient_key, claimed_at)
                VALUES ({tenant.OrganizationId}, {Guid.CreateVersion7(now)}, {document.MeetingId}, {nameof(DeliveryChannel.Mail)}, {key}, {now})
                ON CONFLICT (organization_id, meeting_id, channel, recipient_key) DO NOTHING
                """,
                cancellationToken);
            if (claimed == 0)
            {
                continue;
            }

            try
            {
                await mail.SendAsync(
                    new MailMessage(recipient.Email, recipient.Name, $"会议纪要：{document.Title}", $"{document.Title}\n\n{document.Summary}", html), cancellationToken);
                await db.MinutesDeliveries.Where(d => d.MeetingId == document.MeetingId && d.Channel == DeliveryChannel.Mail && d.RecipientKey == key)
                    .ExecuteUpdateAsync(set => set.SetProperty(d => d.SentAt, clock.GetUtcNow()), cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Minutes of {MeetingId} to {Address} not sent, retried next run: {Error}", document.MeetingId, recipient.Email, exception.Message);
                await db.MinutesDeliveries.Where(d => d.MeetingId == document.MeetingId && d.Channel == DeliveryChannel.Mail && d.RecipientKey == key)
                    .ExecuteDeleteAsync(cancellationToken);
                complete = false;
            }
        }

        return complete;
    }

    private MinutesDelivery Claim(Guid meetingId, DeliveryChannel channel, string key, DateTimeOffset now, bool sent) =>
        MinutesDelivery.Claim(tenant.OrganizationId, meetingId, channel, key, now, sent);
}
