using Estate.Modules.Meetings.Data;
using Estate.Modules.Meetings.Domain;
using Estate.Modules.Meetings.Notifications;
using Estate.SharedKernel.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Estate.Modules.Meetings.Jobs;

/// <summary>
/// Reminds owners of open action items due within the lead time (Meetings:ReminderLeadHours, default 48) and
/// escalates items past their deadline to the owner, the chair of the meeting that set them and the department.
/// Each happens once per item: one set-based update stamps the rows not yet stamped, and only the rows carrying
/// this run's stamp are notified, in the same transaction.
/// </summary>
internal sealed class RemindActionItems(MeetingsDbContext db, Notifier notifier, IConfiguration configuration, TimeProvider clock, ILogger<RemindActionItems> logger)
    : ITenantJob
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        // PostgreSQL keeps microseconds: a stamp of that precision is found again exactly.
        var now = clock.GetUtcNow();
        now = new DateTimeOffset(now.Ticks - (now.Ticks % 10), TimeSpan.Zero);
        var lead = TimeSpan.FromHours(configuration.GetValue("Meetings:ReminderLeadHours", 48));
        var open = new[] { ActionItemStatus.Open, ActionItemStatus.InProgress };

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var reminded = await db.ActionItems
            .Where(a => open.Contains(a.Status) && a.RemindedAt == null && a.EscalatedAt == null && a.DueAt > now && a.DueAt <= now + lead)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.RemindedAt, now), cancellationToken);
        var escalated = await db.ActionItems
            .Where(a => open.Contains(a.Status) && a.EscalatedAt == null && a.DueAt <= now)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.EscalatedAt, now), cancellationToken);

        if (reminded > 0)
        {
            foreach (var item in await db.ActionItems.AsNoTracking().Where(a => a.RemindedAt == now).ToListAsync(cancellationToken))
            {
                notifier.ToUser(item.OwnerUserId, item.OwnerEmail, item.OwnerName, NotificationKind.ActionItemReminder,
                    $"待办事项即将到期：{item.Title}",
                    $"您负责的事项「{item.Title}」将于 {item.Deadline:yyyy-MM-dd} 到期，请及时完成并更新进展。",
                    Link(item), $"action-item:{item.Id}:reminder", now);
            }
        }

        if (escalated > 0)
        {
            var items = await (from a in db.ActionItems.AsNoTracking()
                               join m in db.Meetings.AsNoTracking() on a.MeetingId equals m.Id
                               where a.EscalatedAt == now
                               select new { Item = a, m.ChairUserId, MeetingTitle = m.Title }).ToListAsync(cancellationToken);
            foreach (var (item, chairUserId, meetingTitle) in items.Select(x => (x.Item, x.ChairUserId, x.MeetingTitle)))
            {
                var subject = $"待办事项已逾期：{item.Title}";
                var body = $"会议「{meetingTitle}」确定的事项「{item.Title}」（负责人 {item.OwnerName}，{item.Department}）已于 {item.Deadline:yyyy-MM-dd} 到期，仍未完成。";
                notifier.ToUser(item.OwnerUserId, item.OwnerEmail, item.OwnerName, NotificationKind.ActionItemEscalation, subject, body, Link(item),
                    $"action-item:{item.Id}:escalation:owner", now);
                if (chairUserId != item.OwnerUserId)
                {
                    notifier.ToUser(chairUserId, null, null, NotificationKind.ActionItemEscalation, subject, body, Link(item), $"action-item:{item.Id}:escalation:chair", now);
                }

                notifier.ToDepartment(item.Department, NotificationKind.ActionItemEscalation, subject, body, Link(item), $"action-item:{item.Id}:escalation:department", now);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await notifier.SendMailAsync(cancellationToken);
        if (reminded + escalated > 0)
        {
            logger.LogInformation("Action items: {Reminded} reminded before their deadline, {Escalated} escalated past it", reminded, escalated);
        }
    }

    private static string Link(ActionItem item) => $"/api/meetings/action-items/{item.Id}";
}
