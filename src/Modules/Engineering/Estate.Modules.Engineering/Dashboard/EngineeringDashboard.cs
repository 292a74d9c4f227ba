using Estate.Modules.Engineering.Contracts;
using Estate.Modules.Engineering.Data;
using Estate.Modules.Engineering.Reports;
using Estate.SharedKernel.Dashboard;
using Estate.SharedKernel.Reports;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Ui;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Engineering.Dashboard;

/// <summary>
/// Engineering on the managers' dashboard: work orders opened in the period, those overdue and still open now,
/// the average response (opened → first assignment) of repairs responded to in the period, and the orders
/// opened and completed per week. Planned maintenance is left out of the response time as in the meeting report.
/// Whole days the report figures cover are read from them; the rest of the period live.
/// </summary>
internal sealed class EngineeringDashboard(EngineeringDbContext db, StoredWorkOrderFigures stored, ITenantContext tenant) : IDashboardSource
{
    private const string ListPage = "/engineering/work-orders";

    public string ModuleId => EngineeringModule.Department;

    public async Task<DashboardSection> BuildAsync(DashboardQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var zone = tenant.TimeZone;
        var workOrders = db.WorkOrders.AsNoTracking();
        if (query.PropertyId is { } propertyId)
        {
            workOrders = workOrders.Where(w => w.PropertyId == propertyId);
        }

        var opened = new List<(DateTimeOffset At, decimal Count)>();
        var completed = new List<(DateTimeOffset At, decimal Count)>();
        var (responded, responseHours) = (0, 0d);
        var days = FigureDays.Of(query.Period, await stored.CoveredThroughAsync(cancellationToken), zone);
        if (days is { From: { } fromDay, To: { } toDay })
        {
            foreach (var day in await stored.PerDayAsync(fromDay, toDay, query.PropertyId, cancellationToken))
            {
                var start = CompanyCalendar.StartOf(day.Day, zone);
                opened.Add((start, day.Opened));
                completed.Add((start, day.Completed));
                (responded, responseHours) = (responded + day.Responded, responseHours + day.ResponseHours);
            }
        }

        foreach (var (from, to) in days.Live.Select(p => (p.From.ToUniversalTime(), p.To.ToUniversalTime())))
        {
            opened.AddRange((await workOrders.Where(w => w.CreatedAt >= from && w.CreatedAt < to).Select(w => w.CreatedAt).ToListAsync(cancellationToken))
                .Select(at => (at, 1m)));
            completed.AddRange((await workOrders.Where(w => w.CompletedAt >= from && w.CompletedAt < to).Select(w => w.CompletedAt!.Value).ToListAsync(cancellationToken))
                .Select(at => (at, 1m)));
            var responses = await workOrders
                .Where(w => w.MaintenancePlanId == null && w.RespondedAt >= from && w.RespondedAt < to)
                .GroupBy(w => 1)
                .Select(g => new { Count = g.Count(), Hours = g.Sum(w => (w.RespondedAt!.Value - w.CreatedAt).TotalHours) })
                .FirstOrDefaultAsync(cancellationToken);
            (responded, responseHours) = (responded + (responses?.Count ?? 0), responseHours + (responses?.Hours ?? 0));
        }

        var overdue = await workOrders.CountAsync(
            w => w.IsOverdue && w.Status != WorkOrderStatus.Done && w.Status != WorkOrderStatus.Closed, cancellationToken);
        decimal? averageResponse = responded == 0 ? null : decimal.Round((decimal)(responseHours / responded), 1);

        var weeks = new DashboardWeeks(query.Period, zone);
        var propertyFilter = query.PropertyId is { } id ? $"&propertyId={id}" : "";
        return new DashboardSection(
            ModuleId,
            new LocalizedText("工程维修", "Engineering"),
            [
                new DashboardFigure("work_orders_opened", new("新开工单", "Work orders opened"), opened.Sum(o => o.Count), "单", ListPage),
                new DashboardFigure("work_orders_overdue", new("超时未完成工单", "Overdue work orders"), overdue, "单", $"{ListPage}?overdue=true{propertyFilter}"),
                new DashboardFigure("average_response_hours", new("平均响应时长", "Average response"), averageResponse, "小时", ListPage),
            ],
            [
                new DashboardChart(
                    "work_orders_per_week",
                    new("每周新开与完成工单", "Work orders opened and completed per week"),
                    ChartKind.Line,
                    weeks.Labels,
                    [
                        new ChartSeries(new("新开", "Opened"), weeks.Sum(opened)),
                        new ChartSeries(new("完成", "Completed"), weeks.Sum(completed)),
                    ],
                    ListPage),
            ]);
    }
}
