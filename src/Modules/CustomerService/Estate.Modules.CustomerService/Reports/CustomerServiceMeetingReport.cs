using System.Globalization;
using Estate.Modules.CustomerService.Contracts;
using Estate.Modules.CustomerService.Data;
using Estate.Modules.CustomerService.Domain;
using Estate.Modules.CustomerService.Features.Surveys;
using Estate.SharedKernel.Reports;
using Estate.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.CustomerService.Reports;

/// <summary>
/// Customer service's report to a work meeting: complaints by category, channel and property; the shares
/// answered and closed within the company's targets; the average first-response time; the satisfaction rate
/// of the latest survey of each property with its sample and its change; open complaints per department.
/// A complaint counts in the shares once it is decided: answered (closed), or past its deadline without.
/// </summary>
internal sealed class CustomerServiceMeetingReport(CustomerServiceDbContext db, IPropertyDirectory directory, ITenantContext tenant, TimeProvider clock)
    : IDepartmentReportSource
{
    public const decimal SatisfactionTarget = 90m;

    private static readonly Dictionary<ComplaintCategory, string> CategoryZh = new()
    {
        [ComplaintCategory.Cleaning] = "保洁", [ComplaintCategory.Security] = "安保", [ComplaintCategory.Noise] = "噪音",
        [ComplaintCategory.Parking] = "停车", [ComplaintCategory.Repair] = "维修", [ComplaintCategory.Fees] = "收费", [ComplaintCategory.Other] = "其他",
    };

    private static readonly Dictionary<ComplaintChannel, string> ChannelZh = new()
    {
        [ComplaintChannel.Phone] = "电话", [ComplaintChannel.WalkIn] = "来访", [ComplaintChannel.Hotline] = "热线", [ComplaintChannel.Online] = "线上",
    };

    private static readonly Dictionary<string, (string Zh, string En)> DepartmentNames = new()
    {
        ["customer-service"] = ("客户服务", "Customer service"), ["engineering"] = ("工程维修", "Engineering"), ["cleaning"] = ("保洁", "Cleaning"),
        ["security"] = ("安保", "Security"), ["finance"] = ("财务", "Finance"),
    };

    public string ModuleId => CustomerServiceModule.Id;

    public async Task<DepartmentReport> BuildAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        // PostgreSQL's timestamptz parameters must be UTC; callers may pass local times.
        period = new ReportPeriod(period.From.ToUniversalTime(), period.To.ToUniversalTime());
        var now = clock.StoredNow();
        var previousFrom = period.From - (period.To - period.From);
        var properties = await directory.ListAsync(cancellationToken);
        var targets = await db.TargetsOfAsync(tenant.OrganizationId, cancellationToken);
        var covered = await ComplaintFigures.CoveredThroughAsync(db, tenant.OrganizationId, cancellationToken);
        var current = await ComplaintFigures.ByPropertyAsync(db, tenant, period, covered, now, withFollowUps: false, propertyId: null, cancellationToken);
        var previous = await ComplaintFigures.ByPropertyAsync(
            db, tenant, new ReportPeriod(previousFrom, period.From), covered, now, withFollowUps: false, propertyId: null, cancellationToken);
        var (company, companyBefore) = (ComplaintTotals.Sum(current.Values), ComplaintTotals.Sum(previous.Values));
        ComplaintTotals Of(Guid propertyId) => current.GetValueOrDefault(propertyId) ?? ComplaintTotals.None;

        var indicators = new List<ReportIndicator>
        {
            Count("complaints.total", "受理投诉/建议/咨询", "Complaints, suggestions and enquiries", company, companyBefore, t => t.Opened, properties, Of),
        };
        indicators.AddRange(Enum.GetValues<ComplaintCategory>().Select(category => Count(
            $"complaints.category.{Code(category)}", $"类别：{CategoryZh[category]}", $"Category: {category}", company, companyBefore, t => t.Categories[category], properties, Of)));
        indicators.AddRange(Enum.GetValues<ComplaintChannel>().Select(channel => Count(
            $"complaints.channel.{Code(channel)}", $"渠道：{ChannelZh[channel]}", $"Channel: {channel}", company, companyBefore, t => t.Channels[channel], properties, Of)));

        var answered = company.AnsweredWithinTarget;
        indicators.Add(new ReportIndicator(
            "complaints.answered_within_target", $"{targets.FirstResponseHours}小时内首次响应率", $"Answered within {targets.FirstResponseHours} h",
            answered, companyBefore.AnsweredWithinTarget, "%", new IndicatorTarget(TargetComparison.AtLeast, 100m),
            ByProperty(properties, p => Of(p).AnsweredWithinTarget)));
        var closed = company.ClosedWithinTarget;
        indicators.Add(new ReportIndicator(
            "complaints.closed_within_target", $"{targets.CloseWithinDays}天内办结率", $"Closed within {targets.CloseWithinDays} days",
            closed, companyBefore.ClosedWithinTarget, "%", new IndicatorTarget(TargetComparison.AtLeast, 100m),
            ByProperty(properties, p => Of(p).ClosedWithinTarget)));
        var responseHours = company.AverageResponseHours;
        indicators.Add(new ReportIndicator(
            "complaints.first_response_hours", "平均首次响应时长", "Average first response", responseHours, companyBefore.AverageResponseHours, "h",
            new IndicatorTarget(TargetComparison.AtMost, targets.FirstResponseHours), ByProperty(properties, p => Of(p).AverageResponseHours)));

        var satisfaction = await SatisfactionAsync(period, properties, cancellationToken);
        indicators.Add(satisfaction.Rate);
        indicators.Add(satisfaction.Sample);

        var open = await db.Complaints.AsNoTracking()
            .Where(c => (c.Status == ComplaintStatus.Open || c.Status == ComplaintStatus.Responded) && c.OpenedAt < period.To)
            .GroupBy(c => new { c.ResponsibleDepartment, c.PropertyId })
            .Select(g => new { g.Key.ResponsibleDepartment, g.Key.PropertyId, Count = g.Count() })
            .ToListAsync(cancellationToken);
        foreach (var department in open.GroupBy(o => o.ResponsibleDepartment).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var (zh, en) = DepartmentNames.GetValueOrDefault(department.Key, (department.Key, department.Key));
            indicators.Add(new ReportIndicator(
                $"complaints.open.{department.Key}", $"待办结投诉：{zh}", $"Open complaints: {en}", department.Sum(d => d.Count), null, "件", null,
                [.. properties.Select(p => new PropertyFigure(p.Id, p.Name, department.Where(d => d.PropertyId == p.Id).Sum(d => d.Count)))]));
        }

        return new DepartmentReport(
            ModuleId,
            "客户服务",
            "Customer service",
            period,
            now,
            indicators,
            Highlights(company, companyBefore, answered, closed, responseHours, satisfaction, targets),
            await OpenProblemsAsync(now, cancellationToken));
    }

    private static ReportIndicator Count(
        string code, string zh, string en, ComplaintTotals current, ComplaintTotals previous, Func<ComplaintTotals, int> figure,
        IReadOnlyList<PropertySummary> properties, Func<Guid, ComplaintTotals> of) =>
        new(code, zh, en, figure(current), figure(previous), "件", null, ByProperty(properties, p => figure(of(p))));

    private static IReadOnlyList<PropertyFigure> ByProperty(IReadOnlyList<PropertySummary> properties, Func<Guid, decimal?> figure) =>
        [.. properties.Select(p => new PropertyFigure(p.Id, p.Name, figure(p.Id)))];

    private sealed record SatisfactionFigures(ReportIndicator Rate, ReportIndicator Sample);

    /// <summary>The latest survey of each property whose period ended before the report's end, against the survey before it.</summary>
    private async Task<SatisfactionFigures> SatisfactionAsync(ReportPeriod period, IReadOnlyList<PropertySummary> properties, CancellationToken cancellationToken)
    {
        var lastDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(period.To, tenant.TimeZone).DateTime.AddTicks(-1));
        var surveys = await db.Surveys.AsNoTracking()
            .Where(s => s.PeriodEnd <= lastDay)
            .Select(s => new { s.Id, s.PropertyId, s.PeriodEnd, s.CreatedAt })
            .ToListAsync(cancellationToken);
        var latestTwo = surveys.GroupBy(s => s.PropertyId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(s => s.PeriodEnd).ThenByDescending(s => s.CreatedAt).Take(2).Select(s => s.Id).ToList());
        var figures = await SatisfactionRates.OfAsync(db, [.. latestTwo.Values.SelectMany(ids => ids)], cancellationToken);
        SatisfactionRates.Figures Of(IEnumerable<Guid> ids)
        {
            var picked = ids.Select(id => figures.GetValueOrDefault(id, SatisfactionRates.Figures.None)).ToList();
            return new SatisfactionRates.Figures(picked.Sum(f => f.Responses), picked.Sum(f => f.Satisfied), null);
        }

        var latest = Of(latestTwo.Values.Select(ids => ids[0]));
        var before = Of(latestTwo.Values.Where(ids => ids.Count > 1).Select(ids => ids[1]));
        var rate = new ReportIndicator(
            "satisfaction.rate", "业主满意度", "Owner satisfaction", latest.Rate, before.Rate, "%", new IndicatorTarget(TargetComparison.AtLeast, SatisfactionTarget),
            [.. properties.Select(p => new PropertyFigure(p.Id, p.Name, latestTwo.TryGetValue(p.Id, out var ids) ? Of([ids[0]]).Rate : null))]);
        var sample = new ReportIndicator(
            "satisfaction.responses", "满意度调查样本数", "Survey responses", latest.Responses, before.Responses, "户", null,
            [.. properties.Select(p => new PropertyFigure(p.Id, p.Name, latestTwo.TryGetValue(p.Id, out var ids) ? Of([ids[0]]).Responses : null))]);
        return new SatisfactionFigures(rate, sample);
    }

    private static List<string> Highlights(
        ComplaintTotals current, ComplaintTotals previous, decimal? answered, decimal? closed, decimal? responseHours, SatisfactionFigures satisfaction, ServiceTargets targets)
    {
        var highlights = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture,
                $"本期受理 {current.Opened} 件（投诉 {current.Kinds[ComplaintKind.Complaint]}、建议 {current.Kinds[ComplaintKind.Suggestion]}、咨询 {current.Kinds[ComplaintKind.Enquiry]}），上期 {previous.Opened} 件。"),
        };
        if (current.Categories.Where(c => c.Value > 0).OrderByDescending(c => c.Value).ThenBy(c => c.Key).FirstOrDefault() is { Value: > 0 } top)
        {
            highlights.Add(string.Create(CultureInfo.InvariantCulture, $"最多的类别：{CategoryZh[top.Key]}，{top.Value} 件（{100m * top.Value / current.Opened:0}%）。"));
        }

        if (answered is not null)
        {
            highlights.Add(string.Create(CultureInfo.InvariantCulture,
                $"{targets.FirstResponseHours} 小时内首次响应 {answered:0.#}%，平均 {responseHours:0.#} 小时；{targets.CloseWithinDays} 天内办结 {closed?.ToString("0.#", CultureInfo.InvariantCulture) ?? "—"}%。"));
        }

        if (satisfaction.Rate.Value is { } rate)
        {
            var change = satisfaction.Rate.Change is { } delta ? string.Create(CultureInfo.InvariantCulture, $"，较上次调查 {delta:+0.0;-0.0;0.0} 个百分点") : "";
            highlights.Add(string.Create(CultureInfo.InvariantCulture, $"业主满意度 {rate:0.#}%（样本 {satisfaction.Sample.Value} 户）{change}。"));
        }

        return highlights;
    }

    private async Task<List<OpenProblem>> OpenProblemsAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var overdue = await db.Complaints.AsNoTracking()
            .Where(c => (c.Status == ComplaintStatus.Open || c.Status == ComplaintStatus.Responded) && c.CloseDueAt < now)
            .OrderBy(c => c.CloseDueAt)
            .Take(10)
            .Select(c => new { c.Id, c.Number, c.Title, c.ResponsibleDepartment, c.CloseDueAt, c.WorkOrderNumber, c.WorkOrderDelayReason })
            .ToListAsync(cancellationToken);
        return [.. overdue.Select(c => new OpenProblem(
            $"{c.Number} {c.Title}",
            string.Create(CultureInfo.InvariantCulture, $"逾期 {(now - c.CloseDueAt).TotalDays:0} 天未办结，责任部门 {DepartmentNames.GetValueOrDefault(c.ResponsibleDepartment, (c.ResponsibleDepartment, "")).Item1}")
                + (c.WorkOrderNumber is null ? "" : $"；工单 {c.WorkOrderNumber}") + (c.WorkOrderDelayReason is null ? "" : $"，延期原因：{c.WorkOrderDelayReason}"),
            "complaint",
            c.Id))];
    }

    private static string Code<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}
