using Estate.Modules.Engineering.Contracts;
using Estate.Modules.Engineering.Data;
using Estate.SharedKernel.Dashboard;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Ui;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Engineering.Dashboard;

/// <summary>
/// Engineering on the managers' dashboard: work orders opened in the period, those overdue and still open now,
/// the average response (opened → first assignment) of repairs responded to in the period, and the orders
/// opened and completed per week. Planned maintenance is left out of the response time as in the meeting report.
/// </summary>
internal sealed class EngineeringDashboard(EngineeringDbContext db, ITenantContext tenant) : IDashboardSource
{
    private const string ListPage = "/engineering/work-orders";

    public string ModuleId => EngineeringModule.Department;

    public async Task<DashboardSection> BuildAsync(DashboardQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (from, to) = (query.Period.From, query.Period.To);
        var workOrders = db.WorkOrders.AsNoTracking();
        if (query.PropertyId is { } propertyId)
        {
            workOrders = workOrders.Where(w => w.PropertyId == propertyId);
        }

        var opened = await workOrders.Where(w => w.CreatedAt >= from && w.CreatedAt < to).Select(w => w.CreatedAt).ToListAsync(cancellationToken);
        var completed = await workOrders.Where(w => w.CompletedAt >= from && w.CompletedAt < to).Select(w => w.CompletedAt!.Value).ToListAsync(cancellationToken);
        var overdue = await workOrders.CountAsync(
            w => w.IsOverdue && w.Status != WorkOrderStatus.Done && w.Status != WorkOrderStatus.Closed, cancellationToken);
        var responses = await workOrders
            .Where(w => w.MaintenancePlanId == null && w.RespondedAt >= from && w.RespondedAt < to)
            .Select(w => new { w.CreatedAt, RespondedAt = w.RespondedAt!.Value })
            .ToListAsync(cancellationToken);
        decimal? responseHours = responses.Count == 0
            ? null
            : decimal.Round((decimal)responses.Average(r => (r.RespondedAt - r.CreatedAt).TotalHours), 1);

        var weeks = new DashboardWeeks(query.Period, tenant.TimeZone);
        var propertyFilter = query.PropertyId is { } id ? $"&propertyId={id}" : "";
        return new DashboardSection(
            ModuleId,
            new LocalizedText("工程维修", "Engineering"),
            [
                new DashboardFigure("work_orders_opened", new("新开工单", "Work orders opened"), opened.Count, "单", ListPage),
                new DashboardFigure("work_orders_overdue", new("超时未完成工单", "Overdue work orders"), overdue, "单", $"{ListPage}?overdue=true{propertyFilter}"),
                new DashboardFigure("average_response_hours", new("平均响应时长", "Average response"), responseHours, "小时", ListPage),
            ],
            [
                new DashboardChart(
                    "work_orders_per_week",
                    new("每周新开与完成工单", "Work orders opened and completed per week"),
                    ChartKind.Line,
                    weeks.Labels,
                    [
                        new ChartSeries(new("新开", "Opened"), weeks.Count(opened)),
                        new ChartSeries(new("完成", "Completed"), weeks.Count(completed)),
                    ],
                    ListPage),
            ]);
    }
}
