using Estate.Modules.Meetings.Data;
using Estate.Modules.Meetings.Domain;
using Estate.SharedKernel.Dashboard;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Ui;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Meetings.Dashboard;

/// <summary>
/// Meetings on the managers' dashboard: meetings held (closed) in the period, action items open and overdue now,
/// the share of items done in the period that were done by their deadline, and items set and done per week.
/// With a property chosen, only meetings concerning that property count, and the action items they set.
/// </summary>
internal sealed class MeetingsDashboard(MeetingsDbContext db, ITenantContext tenant, TimeProvider clock) : IDashboardSource
{
    private const string MeetingList = "/meetings";
    private const string ActionItemsPage = "/meetings/my-action-items";

    public string ModuleId => "meetings";

    public async Task<DashboardSection> BuildAsync(DashboardQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (from, to) = (query.Period.From, query.Period.To);
        var now = clock.GetUtcNow();
        var meetings = db.Meetings.AsNoTracking();
        var items = db.ActionItems.AsNoTracking();
        if (query.PropertyId is { } propertyId)
        {
            meetings = meetings.Where(m => m.PropertyIds.Contains(propertyId));
            items = items.Where(a => meetings.Any(m => m.Id == a.MeetingId));
        }

        var held = await meetings.CountAsync(m => m.Status == MeetingStatus.Closed && m.StartsAt >= from && m.StartsAt < to, cancellationToken);
        var open = items.Where(a => a.Status == ActionItemStatus.Open || a.Status == ActionItemStatus.InProgress);
        var openCount = await open.CountAsync(cancellationToken);
        var overdue = await open.CountAsync(a => a.DueAt <= now, cancellationToken);
        var opened = await items.Where(a => a.CreatedAt >= from && a.CreatedAt < to).Select(a => a.CreatedAt).ToListAsync(cancellationToken);
        var done = await items
            .Where(a => a.Status == ActionItemStatus.Done && a.CompletedAt >= from && a.CompletedAt < to)
            .Select(a => new { CompletedAt = a.CompletedAt!.Value, a.DueAt })
            .ToListAsync(cancellationToken);
        decimal? onTimeRate = done.Count == 0
            ? null
            : decimal.Round(100m * done.Count(d => d.CompletedAt <= d.DueAt) / done.Count, 1);

        var weeks = new DashboardWeeks(query.Period, tenant.TimeZone);
        return new DashboardSection(
            ModuleId,
            new LocalizedText("工作会议", "Meetings"),
            [
                new DashboardFigure("meetings_held", new("已召开会议", "Meetings held"), held, "场", MeetingList),
                new DashboardFigure("action_items_open", new("未完成待办", "Open action items"), openCount, "项", ActionItemsPage),
                new DashboardFigure("action_items_overdue", new("逾期待办", "Overdue action items"), overdue, "项", ActionItemsPage),
                new DashboardFigure("action_items_on_time_rate", new("待办按期完成率", "Action items done on time"), onTimeRate, "%", ActionItemsPage),
            ],
            [
                new DashboardChart(
                    "action_items_per_week",
                    new("每周新增与完成待办", "Action items set and done per week"),
                    ChartKind.Bar,
                    weeks.Labels,
                    [
                        new ChartSeries(new("新增", "Set"), weeks.Count(opened)),
                        new ChartSeries(new("完成", "Done"), weeks.Count(done.Select(d => d.CompletedAt))),
                    ],
                    ActionItemsPage),
            ]);
    }
}
