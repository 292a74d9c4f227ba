using System.Globalization;
using System.Net;
using System.Text;
using Estate.Modules.Meetings.Domain;
using Estate.SharedKernel.Reports;

namespace Estate.Modules.Meetings.Documents;

/// <summary>The minutes as a printable HTML page in Chinese (UTF-8), the same page the PDF is printed from.</summary>
internal static class MinutesHtml
{
    public static string Render(MinutesDocument minutes)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(minutes.TimeZoneId);
        string Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        string LocalDay(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, zone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<title>会议纪要：").Append(E(minutes.Title)).Append("</title>\n")
            .Append("<style>").Append(Style).Append("</style>\n</head>\n<body>\n");
        html.Append("<h1>会议纪要：").Append(E(minutes.Title)).Append("</h1>\n");
        html.Append("<p class=\"meta\">");
        if (minutes.SeriesTitle is not null)
        {
            html.Append("系列：").Append(E(minutes.SeriesTitle)).Append('　');
        }

        html.Append("时间：").Append(Local(minutes.StartsAt)).Append(" – ").Append(Local(minutes.EndsAt))
            .Append("　主持：").Append(E(minutes.ChairName));
        if (minutes.Place is not null)
        {
            html.Append("　地点：").Append(E(minutes.Place));
        }

        if (minutes.OnlineLink is not null)
        {
            html.Append("　线上：").Append(E(minutes.OnlineLink));
        }

        html.Append("<br>汇报期间：").Append(LocalDay(minutes.PeriodFrom)).Append(" 至 ").Append(Local(minutes.PeriodTo))
            .Append("　纪要生成：").Append(Local(minutes.ClosedAt)).Append("</p>\n");

        Attendance(html, minutes);
        Reports(html, minutes, Local);
        Comparison(html, minutes, LocalDay);
        Problems(html, minutes);
        Decisions(html, minutes);
        ActionItems(html, "工作计划与目标 (Action items)", minutes.ActionItems);
        ActionItems(html, "上次会议延续事项 (Carried over)", minutes.CarriedOver);
        Resources(html, minutes);
        html.Append("<h2>总结发言 (Closing summary)</h2>\n<p class=\"summary\">").Append(E(minutes.Summary).Replace("\n", "<br>", StringComparison.Ordinal)).Append("</p>\n");
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private const string Style =
        "@page{size:A4;margin:15mm}" +
        "body{font-family:'Noto Sans CJK SC','Noto Sans SC','Source Han Sans SC','Microsoft YaHei',sans-serif;font-size:10.5pt;color:#222;margin:0 auto;max-width:190mm}" +
        "h1{font-size:18pt;margin:0 0 4pt}h2{font-size:13pt;border-bottom:1px solid #888;margin:14pt 0 6pt;page-break-after:avoid}" +
        "h3{font-size:11pt;margin:10pt 0 4pt;page-break-after:avoid}" +
        "table{border-collapse:collapse;width:100%;margin:4pt 0}th,td{border:1px solid #bbb;padding:3pt 5pt;text-align:left;vertical-align:top}" +
        "th{background:#f0f0f0}tr{page-break-inside:avoid}.meta{color:#555}.unavailable{color:#a00}.met{color:#070}.missed{color:#a00}" +
        ".num{text-align:right;white-space:nowrap}.summary{white-space:normal}";

    private static void Attendance(StringBuilder html, MinutesDocument minutes)
    {
        html.Append("<h2>出席情况 (Attendance)</h2>\n<table><tr><th>姓名</th><th>角色</th><th>部门</th><th>出席</th></tr>\n");
        foreach (var a in minutes.Attendance)
        {
            html.Append("<tr><td>").Append(E(a.Name)).Append("</td><td>").Append(RoleZh(a.Role)).Append("</td><td>").Append(E(a.Department ?? "")).Append("</td><td>")
                .Append(a.Attendance switch { Domain.Attendance.Present => "出席", Domain.Attendance.Remote => "远程参会", Domain.Attendance.Absent => "缺席", _ => "未记录" })
                .Append("</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    private static void Reports(StringBuilder html, MinutesDocument minutes, Func<DateTimeOffset, string> local)
    {
        html.Append("<h2>工作总结回顾 (Work review)</h2>\n");
        foreach (var report in minutes.Reports)
        {
            html.Append("<h3>").Append(E(report.NameZh)).Append(" <small>(").Append(E(report.NameEn)).Append(")</small></h3>\n");
            if (!report.Available)
            {
                html.Append("<p class=\"unavailable\">报告不可用：").Append(E(report.UnavailableReason ?? "")).Append("</p>\n");
                continue;
            }

            html.Append("<p class=\"meta\">数据截至 ").Append(local(report.AsOf)).Append("</p>\n");
            if (report.Indicators.Count > 0)
            {
                html.Append("<table><tr><th>指标</th><th class=\"num\">本期</th><th class=\"num\">上期</th><th class=\"num\">变化</th><th>目标</th><th>与上次会议比较</th></tr>\n");
                foreach (var i in report.Indicators)
                {
                    html.Append("<tr><td>").Append(E(i.NameZh)).Append("</td><td class=\"num\">").Append(Figure(i.Value, i.Unit))
                        .Append("</td><td class=\"num\">").Append(Figure(i.PreviousValue, i.Unit))
                        .Append("</td><td class=\"num\">").Append(Change(i.Change, i.Unit))
                        .Append("</td><td>").Append(Target(i.Target, i.Unit, i.TargetMet))
                        .Append("</td><td>").Append(i.PreviousMeetingValue is null ? "—" : $"{Figure(i.PreviousMeetingValue, i.Unit)} → {Figure(i.Value, i.Unit)}")
                        .Append("</td></tr>\n");
                }

                html.Append("</table>\n");
            }

            List(html, "亮点", report.Highlights);
            List(html, "待解决问题", [.. report.OpenProblems.Select(p => p.Detail is null ? p.Title : $"{p.Title}：{p.Detail}")]);
            if (report.Comment is not null)
            {
                html.Append("<p><b>部门说明</b>（").Append(E(report.CommentAuthor ?? "")).Append("）：").Append(E(report.Comment)).Append("</p>\n");
            }
        }
    }

    // "满意度 86% → 91%": every figure that can be set beside the previous meeting's frozen one.
    private static void Comparison(StringBuilder html, MinutesDocument minutes, Func<DateTimeOffset, string> localDay)
    {
        var lines = minutes.Reports.SelectMany(r => r.Indicators.Where(i => i.PreviousMeetingValue is not null && i.Value is not null)
            .Select(i => $"{E(r.NameZh)}：{E(i.NameZh)} {Figure(i.PreviousMeetingValue, i.Unit)} → {Figure(i.Value, i.Unit)}")).ToList();
        if (minutes.PreviousMeetingStartsAt is null || lines.Count == 0)
        {
            return;
        }

        html.Append("<h2>与上次会议比较 (Compared with the meeting of ").Append(localDay(minutes.PreviousMeetingStartsAt.Value)).Append(")</h2>\n<ul>\n");
        foreach (var line in lines)
        {
            html.Append("<li>").Append(line).Append("</li>\n");
        }

        html.Append("</ul>\n");
    }

    private static void Problems(StringBuilder html, MinutesDocument minutes)
    {
        html.Append("<h2>问题分析与讨论 (Problems)</h2>\n");
        if (minutes.Problems.Count == 0)
        {
            html.Append("<p>无</p>\n");
            return;
        }

        html.Append("<table><tr><th>问题</th><th>来源</th><th>根本原因</th><th>责任部门</th><th>整改措施</th></tr>\n");
        foreach (var p in minutes.Problems)
        {
            html.Append("<tr><td>").Append(E(p.Title));
            if (p.Description is not null)
            {
                html.Append("<br><small>").Append(E(p.Description)).Append("</small>");
            }

            html.Append("</td><td>").Append(p.Source switch { ProblemSource.OwnerComplaint => "业主投诉", ProblemSource.InternalGap => "内部管理漏洞", _ => "外部合作单位" })
                .Append("</td><td>").Append(E(p.RootCause ?? "")).Append("</td><td>").Append(E(p.ResponsibleDepartment ?? ""))
                .Append("</td><td>").Append(E(p.ProposedMeasures ?? "")).Append("</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    private static void Decisions(StringBuilder html, MinutesDocument minutes)
    {
        if (minutes.Decisions.Count == 0)
        {
            return;
        }

        html.Append("<h2>会议决议 (Decisions)</h2>\n<ol>\n");
        foreach (var d in minutes.Decisions)
        {
            html.Append("<li>").Append(E(d.Text));
            if (d.Department is not null)
            {
                html.Append('（').Append(E(d.Department)).Append('）');
            }

            html.Append("</li>\n");
        }

        html.Append("</ol>\n");
    }

    private static void ActionItems(StringBuilder html, string title, IReadOnlyList<MinutesActionItem> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        html.Append("<h2>").Append(title).Append("</h2>\n<table><tr><th>事项</th><th>责任人</th><th>部门</th><th>完成期限</th><th>预期效果 / 目标</th><th>状态</th></tr>\n");
        foreach (var a in items)
        {
            html.Append("<tr><td>").Append(E(a.Title)).Append("</td><td>").Append(E(a.OwnerName)).Append("</td><td>").Append(E(a.Department))
                .Append("</td><td>").Append(a.Deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("</td><td>").Append(E(a.ExpectedOutcome ?? ""));
            if (a.Target is { } target)
            {
                html.Append("<br>目标：").Append(E(target.IndicatorCode)).Append(target.Comparison == TargetComparison.AtLeast ? " ≥ " : " ≤ ")
                    .Append(Number(target.Value)).Append("，现为 ").Append(a.FigureAtClose is null ? "—" : Number(a.FigureAtClose.Value));
            }

            html.Append("</td><td>").Append(a.Status switch
            {
                ActionItemStatus.Open => "未开始",
                ActionItemStatus.InProgress => "进行中",
                ActionItemStatus.Done => "已完成",
                _ => "已取消",
            });
            if (a.Progress is not null)
            {
                html.Append("<br><small>").Append(E(a.Progress)).Append("</small>");
            }

            html.Append("</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    private static void Resources(StringBuilder html, MinutesDocument minutes)
    {
        html.Append("<h2>资源分配与协调 (Resource allocation)</h2>\n");
        if (minutes.ResourceDecisions.Count == 0)
        {
            html.Append("<p>无</p>\n");
            return;
        }

        html.Append("<table><tr><th>部门</th><th>需求</th><th>理由</th><th class=\"num\">申请</th><th>决定</th><th class=\"num\">批准</th><th>说明</th></tr>\n");
        foreach (var r in minutes.ResourceDecisions)
        {
            var unit = r.Kind switch { ResourceKind.Money => "元", ResourceKind.People => "人", _ => "件" };
            html.Append("<tr><td>").Append(E(r.Department)).Append("</td><td>").Append(E(r.Description)).Append("</td><td>").Append(E(r.Reason))
                .Append("</td><td class=\"num\">").Append(Number(r.Requested)).Append(' ').Append(unit)
                .Append("</td><td>").Append(r.Decision switch
                {
                    ResourceDecision.Approved => "批准",
                    ResourceDecision.PartlyApproved => "部分批准",
                    ResourceDecision.Rejected => "不批准",
                    _ => "待定",
                })
                .Append("</td><td class=\"num\">").Append(r.Granted is null ? "—" : $"{Number(r.Granted.Value)} {unit}")
                .Append("</td><td>").Append(E(r.DecisionNote ?? ""));
            if (r.ConflictNote is not null)
            {
                html.Append("<br>协调：").Append(E(r.ConflictNote));
            }

            html.Append(r.FinanceRoute switch
            {
                FinanceRoute.SentToFinance => $"<br>已提交财务（{E(r.FinanceStatus ?? "")}）",
                FinanceRoute.RecordedInMeetingOnly => "<br>财务模块未启用，仅记录于会议",
                _ => "",
            });
            html.Append("</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    private static void List(StringBuilder html, string title, IReadOnlyList<string> lines)
    {
        if (lines.Count == 0)
        {
            return;
        }

        html.Append("<p><b>").Append(title).Append("</b></p>\n<ul>\n");
        foreach (var line in lines)
        {
            html.Append("<li>").Append(E(line)).Append("</li>\n");
        }

        html.Append("</ul>\n");
    }

    private static string RoleZh(ParticipantRole role) => role switch
    {
        ParticipantRole.SeniorManagement => "高层管理",
        ParticipantRole.DepartmentHead => "部门负责人",
        ParticipantRole.FrontlineRepresentative => "一线代表",
        ParticipantRole.RemotePropertyManager => "远程项目经理",
        _ => "列席",
    };

    public static string Figure(decimal? value, string unit) =>
        value is null ? "—" : unit == "%" ? $"{Number(value.Value)}%" : unit.Length == 0 ? Number(value.Value) : $"{Number(value.Value)} {E(unit)}";

    private static string Change(decimal? change, string unit) =>
        change is null ? "—" : (change > 0 ? "+" : "") + Figure(change, unit == "%" ? "pp" : unit);

    private static string Target(IndicatorTarget? target, string unit, bool? met) =>
        target is null
            ? "—"
            : $"{(target.Comparison == TargetComparison.AtLeast ? "≥" : "≤")} {Figure(target.Value, unit)} " +
              (met switch { true => "<span class=\"met\">达标</span>", false => "<span class=\"missed\">未达标</span>", _ => "" });

    private static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
