using Estate.Modules.CustomerService.Contracts;
using Estate.Modules.CustomerService.Data;
using Estate.Modules.CustomerService.Domain;
using Estate.Modules.CustomerService.Reports;
using Estate.SharedKernel.Dashboard;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Ui;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.CustomerService.Dashboard;

/// <summary>
/// Customer service on the managers' dashboard: complaints registered in the period by category, the share of
/// follow-up calls in the period where the owner was satisfied, and the complaints open (not yet resolved) now.
/// </summary>
internal sealed class CustomerServiceDashboard(CustomerServiceDbContext db, ITenantContext tenant, TimeProvider clock) : IDashboardSource
{
    private const string ListPage = "/customer-service/complaints";

    public string ModuleId => CustomerServiceModule.Id;

    public async Task<DashboardSection> BuildAsync(DashboardQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var covered = await ComplaintFigures.CoveredThroughAsync(db, tenant.OrganizationId, cancellationToken);
        var figures = ComplaintTotals.Sum((await ComplaintFigures.ByPropertyAsync(
            db, tenant, query.Period, covered, clock.StoredNow(), withFollowUps: true, query.PropertyId, cancellationToken)).Values);
        var byCategory = figures.Categories.Where(c => c.Value > 0).ToDictionary(c => c.Key, c => c.Value);
        decimal? satisfactionRate = figures.FollowUps == 0 ? null : decimal.Round(figures.FollowUpsSatisfied * 100m / figures.FollowUps, 1);
        var complaints = db.Complaints.AsNoTracking();
        if (query.PropertyId is { } propertyId)
        {
            complaints = complaints.Where(c => c.PropertyId == propertyId);
        }

        var open = await complaints.CountAsync(c => c.Status == ComplaintStatus.Open || c.Status == ComplaintStatus.Responded, cancellationToken);

        var categories = Enum.GetValues<ComplaintCategory>().Where(byCategory.ContainsKey).ToList();
        return new DashboardSection(
            ModuleId,
            new LocalizedText("客户服务", "Customer service"),
            [
                new DashboardFigure("complaints_opened", new("新登记投诉", "Complaints registered"), byCategory.Values.Sum(), "件", ListPage),
                new DashboardFigure("follow_up_satisfaction_rate", new("回访满意率", "Satisfied on follow-up"), satisfactionRate, "%", ListPage),
                new DashboardFigure("complaints_open", new("未解决投诉", "Open complaints"), open, "件", ListPage),
            ],
            [
                new DashboardChart(
                    "complaints_by_category",
                    new("投诉类别分布", "Complaints by category"),
                    ChartKind.Donut,
                    [.. categories.Select(Name)],
                    [new ChartSeries(new("投诉", "Complaints"), [.. categories.Select(c => (decimal)byCategory[c])])],
                    ListPage),
            ]);
    }

    private static LocalizedText Name(ComplaintCategory category) => category switch
    {
        ComplaintCategory.Cleaning => new("保洁", "Cleaning"),
        ComplaintCategory.Security => new("安保", "Security"),
        ComplaintCategory.Noise => new("噪音", "Noise"),
        ComplaintCategory.Parking => new("停车", "Parking"),
        ComplaintCategory.Repair => new("维修", "Repair"),
        ComplaintCategory.Fees => new("收费", "Fees"),
        _ => new("其他", "Other"),
    };
}
