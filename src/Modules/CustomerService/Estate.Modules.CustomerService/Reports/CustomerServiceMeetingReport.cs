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

    private sealed record Fact(
        Guid PropertyId, ComplaintKind Kind, ComplaintCategory Category, ComplaintChannel Channel,
        DateTimeOffset OpenedAt, DateTimeOffset ResponseDueAt, DateTimeOffset? FirstRespondedAt, DateTimeOffset CloseDueAt, DateTimeOffset? ClosedAt);

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
        var facts = await db.Complaints.AsNoTracking()
            .Where(c => c.OpenedAt >= previousFrom && c.OpenedAt < period.To)
            .Select(c => new Fact(c.PropertyId, c.Kind, c.Category, c.Channel, c.OpenedAt, c.ResponseDueAt, c.FirstRespondedAt, c.CloseDueAt, c.ClosedAt))
            .ToListAsync(cancellationToken);
        var current = facts.Where(f => f.OpenedAt >= period.From).ToList();
        var previous = facts.Where(f => f.OpenedAt < period.From).ToList();

        var indicators = new List<ReportIndicator>
        {
            Count("complaints.total", "受理投诉/建议/咨询", "Complaints, suggestions and enquiries", current, previous, _ => true, properties),
        };
        indicators.AddRange(Enum.GetValues<ComplaintCategory>().Select(category => Count(
            $"complaints.category.{Code(category)}", $"类别：{CategoryZh[category]}", $"Category: {category}", current, previous, f => f.Category == category, properties)));
        indicators.AddRange(Enum.GetValues<ComplaintChannel>().Select(channel => Count(
            $"complaints.channel.{Code(channel)}", $"渠道：{ChannelZh[channel]}", $"Channel: {channel}", current, previous, f => f.Channel == channel, properties)));

        var answered = Share(current, now, f => f.FirstRespondedAt, f => f.ResponseDueAt);
        indicators.Add(new ReportIndicator(
            "complaints.answered_within_target", $"{targets.FirstResponseHours}小时内首次响应率", $"Answered within {targets.FirstResponseHours} h",
            answered, Share(previous, now, f => f.FirstRespondedAt, f => f.ResponseDueAt), "%", new IndicatorTarget(TargetComparison.AtLeast, 100m),
            ByProperty(properties, current, list => Share(list, now, f => f.FirstRespondedAt, f => f.ResponseDueAt))));
        var closed = Share(current, now, f => f.ClosedAt, f => f.CloseDueAt);
        indicators.Add(new ReportIndicator(
            "complaints.closed_within_target", $"{targets.CloseWithinDays}天内办结率", $"Closed within {targets.CloseWithinDays} days",
            closed, Share(previous, now, f => f.ClosedAt, f => f.CloseDueAt), "%", new IndicatorTarget(TargetComparison.AtLeast, 100m),
            ByProperty(properties, current, list => Share(list, now, f => f.ClosedAt, f => f.CloseDueAt))));
        var responseHours = AverageResponseHours(current);
        indicators.Add(new ReportIndicator(
            "complaints.first_response_hours", "平均首次响应时长", "Average first response", responseHours, AverageResponseHours(previous), "h",
            new IndicatorTarget(TargetComparison.AtMost, targets.FirstResponseHours), ByProperty(properties, current, AverageResponseHours)));

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
            Highlights(current, previous, answered, closed, responseHours, satisfaction, targets),
            await OpenProblemsAsync(now, cancellationToken));
    }

    private static ReportIndicator Count(
        string code, string zh, string en, List<Fact> current, List<Fact> previous, Func<Fact, bool> which, IReadOnlyList<PropertySummary> properties) =>
        new(code, zh, en, current.Count(which), previous.Count(which), "件", null,
            [.. properties.Select(p => new PropertyFigure(p.Id, p.Name, current.Count(f => f.PropertyId == p.Id && which(f))))]);

    private static IReadOnlyList<PropertyFigure> ByProperty(IReadOnlyList<PropertySummary> properties, List<Fact> facts, Func<List<Fact>, decimal?> figure) =>
        [.. properties.Select(p => new PropertyFigure(p.Id, p.Name, figure([.. facts.Where(f => f.PropertyId == p.Id)])))];

    /// <summary>The % of decided complaints done by their deadline; undecided ones (not done, deadline ahead) wait.</summary>
    private static decimal? Share(List<Fact> facts, DateTimeOffset now, Func<Fact, DateTimeOffset?> doneAt, Func<Fact, DateTimeOffset> dueAt)
    {
        var decided = facts.Where(f => doneAt(f) is not null || dueAt(f) <= now).ToList();
        return decided.Count == 0 ? null : decimal.Round(100m * decided.Count(f => doneAt(f) <= dueAt(f)) / decided.Count, 1);
    }

    private static decimal? AverageResponseHours(List<Fact> facts)
    {
        var answered = facts.Where(f => f.FirstRespondedAt is not null).ToList();
        return answered.Count == 0 ? null : decimal.Round((decimal)answered.Average(f => (f.FirstRespondedAt!.Value - f.OpenedAt).TotalHours), 1);
    }

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
        List<Fact> current, List<Fact> previous, decimal? answered, decimal? closed, decimal? responseHours, SatisfactionFigures satisfaction, ServiceTargets targets)
    {
        var highlights = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture,
                $"本期受理 {current.Count} 件（投诉 {current.Count(f => f.Kind == ComplaintKind.Complaint)}、建议 {current.Count(f => f.Kind == ComplaintKind.Suggestion)}、咨询 {current.Count(f => f.Kind == ComplaintKind.Enquiry)}），上期 {previous.Count} 件。"),
        };
        if (current.GroupBy(f => f.Category).OrderByDescending(g => g.Count()).FirstOrDefault() is { } top)
        {
            highlights.Add(string.Create(CultureInfo.InvariantCulture, $"最多的类别：{CategoryZh[top.Key]}，{top.Count()} 件（{100m * top.Count() / current.Count:0}%）。"));
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
