using System.Globalization;
using Estate.Modules.Meetings.Data;
using Estate.Modules.Meetings.Domain;
using Estate.SharedKernel.Tenancy;
using Microsoft.Extensions.Logging;

namespace Estate.Modules.Meetings.Notifications;

/// <summary>
/// Notifies people: always in the app (rows added to the caller's unit of work), and by mail where SMTP is
/// configured and an address is known. Mails wait until <see cref="SendMailAsync"/>; a failed mail is logged,
/// since the in-app notice stands as the record.
/// </summary>
internal sealed class Notifier(MeetingsDbContext db, MailSender mail, ITenantContext tenant, ILogger<Notifier> logger)
{
    private readonly List<MailMessage> _pending = [];

    public void ToUser(Guid userId, string? email, string? name, NotificationKind kind, string subject, string body, string? link, string? dedupKey, DateTimeOffset now)
    {
        db.Notifications.Add(Notification.ToUser(tenant.OrganizationId, userId, kind, subject, body, link, dedupKey, now));
        QueueMail(email, name, subject, body);
    }

    public void ToDepartment(string department, NotificationKind kind, string subject, string body, string? link, string? dedupKey, DateTimeOffset now) =>
        db.Notifications.Add(Notification.ToDepartment(tenant.OrganizationId, department, kind, subject, body, link, dedupKey, now));

    public void QueueMail(string? email, string? name, string subject, string body)
    {
        if (mail.IsConfigured && !string.IsNullOrWhiteSpace(email))
        {
            _pending.Add(new MailMessage(email, name, subject, body, null));
        }
    }

    public async Task SendMailAsync(CancellationToken cancellationToken)
    {
        foreach (var message in _pending)
        {
            try
            {
                await mail.SendAsync(message, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Mail {Subject} to {Address} failed: {Error}", message.Subject, message.To, exception.Message);
            }
        }

        _pending.Clear();
    }

    public string Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, tenant.TimeZone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
