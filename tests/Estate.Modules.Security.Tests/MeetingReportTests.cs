using System.Net;
using System.Text.Json;
using Estate.Testing;
using static Estate.Modules.Security.Tests.SecurityApi;

namespace Estate.Modules.Security.Tests;

/// <summary>The meeting report's figures on data made for a fresh company.</summary>
[Collection(SecurityHostCollection.Name)]
public sealed class MeetingReportTests(SecurityHostFixture fixture)
{
    [Fact]
    public async Task The_meeting_report_counts_patrols_incidents_findings_and_access_problems_of_the_period()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);
        await company.SwitchModuleAsync("engineering", enabled: false);
        var (head, guard) = (company.Head("security"), company.Staff("security"));
        var (north, south) = (company.PropertyIds[0], company.PropertyIds[1]);

        // Patrols: 4 checkpoints walked 2 on time, 1 late, 1 missed; a round of 2 not walked at all.
        var start = TruncatedToMinute(DateTimeOffset.UtcNow.AddMinutes(-70));
        var walked = await head.CreateRouteAsync(north, checkpoints: 4, durationMinutes: 60);
        var skipped = await head.CreateRouteAsync(south, checkpoints: 2, durationMinutes: 60);
        await head.CreatePlanAsync(walked, [LocalClock(start)], latenessMinutes: 30);
        await head.CreatePlanAsync(skipped, [LocalClock(start)], latenessMinutes: 30);
        await guard.CheckInAsync(CodesOf(walked)[0], start.AddMinutes(10));
        await guard.CheckInAsync(CodesOf(walked)[1], start.AddMinutes(20));
        await guard.CheckInAsync(CodesOf(walked)[2]);
        await fixture.RunJobAsync(company.Id, "ClosePatrolTasks", DateTimeOffset.UtcNow.AddHours(1));

        // Incidents: three in this period, one in the previous.
        await guard.ReportIncidentAsync(north, "theft", "medium", DateTimeOffset.UtcNow.AddDays(-1));
        await guard.ReportIncidentAsync(north, "theft", "high", DateTimeOffset.UtcNow.AddHours(-2));
        await guard.ReportIncidentAsync(south, "fire", "critical", DateTimeOffset.UtcNow.AddDays(-3));
        await guard.ReportIncidentAsync(south, "injury", "low", DateTimeOffset.UtcNow.AddDays(-40));

        // Fire safety: three findings, one fixed, one overdue.
        var area = await head.CreateAreaAsync(north, "evacuationRoute");
        await guard.InspectAsync(area, [Failed("通道畅通无杂物", "堆放纸箱")], DateTimeOffset.UtcNow.AddDays(-10));
        var recent = await guard.InspectAsync(area, [Failed("安全出口指示灯完好", "指示灯不亮"), Failed("防火门闭合完好", "闭门器损坏")]);
        var toFix = recent.GetProperty("findings")[1];
        await (await guard.PostJsonAsync($"/api/security/fire-safety/findings/{TestCompany.IdOf(toFix)}/fix", new { note = "已更换闭门器", version = VersionOf(toFix) }))
            .ReadAsync(HttpStatusCode.OK);

        // Access problems: two open (one needing repair, engineering being off), one resolved.
        await guard.ReportAccessProblemAsync(north, needsRepair: false, gate: "北门访客登记");
        var unrepaired = await guard.ReportAccessProblemAsync(south, needsRepair: true, gate: "西门车辆道闸");
        var resolved = await guard.ReportAccessProblemAsync(south, needsRepair: false, gate: "东门");
        await (await guard.PostJsonAsync($"/api/security/access-problems/{TestCompany.IdOf(resolved)}/resolve", new { resolution = "已修复", version = VersionOf(resolved) }))
            .ReadAsync(HttpStatusCode.OK);

        var report = await (await company.Manager.GetAsync("/api/security/reports/meeting")).ReadAsync(HttpStatusCode.OK);

        Assert.Equal("security", report.GetProperty("moduleId").GetString());
        Assert.Equal(50.0m, Value(report, "patrol.completion_rate"));
        Assert.Null(Previous(report, "patrol.completion_rate"));
        Assert.Equal(75.0m, ByProperty(report, "patrol.completion_rate", north));
        Assert.Equal(0m, ByProperty(report, "patrol.completion_rate", south));
        Assert.Equal(3m, Value(report, "patrol.missed_checkpoints"));
        Assert.Equal(1m, Value(report, "patrol.late_checkpoints"));
        Assert.Equal(1m, Value(report, "patrol.absences"));
        Assert.Equal(3m, Value(report, "incidents.total"));
        Assert.Equal(1m, Previous(report, "incidents.total"));
        Assert.Equal(2m, Value(report, "incidents.type.theft"));
        Assert.Equal(1m, Value(report, "incidents.severity.critical"));
        Assert.Equal(1m, ByProperty(report, "incidents.total", south));
        Assert.Equal(2m, Value(report, "fire_safety.inspections"));
        Assert.Equal(3m, Value(report, "fire_safety.findings_raised"));
        Assert.Equal(2m, Value(report, "fire_safety.findings_open"));
        Assert.Equal(1m, Value(report, "fire_safety.findings_overdue"));
        Assert.Equal(0m, Previous(report, "fire_safety.findings_open"));
        Assert.Equal(2m, Value(report, "access_control.problems_open"));
        var problems = report.GetProperty("openProblems").EnumerateArray().ToList();
        Assert.Equal(4, problems.Count);
        Assert.Contains(problems, p => p.GetProperty("recordId").GetGuid() == TestCompany.IdOf(unrepaired));
        Assert.Equal(2, problems.Count(p => p.GetProperty("recordType").GetString() == "security.incident"));
        Assert.Contains(report.GetProperty("highlights").EnumerateArray(), h => h.GetString()!.Contains("巡逻完成率 50%", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_report_of_an_empty_period_has_no_completion_rate_and_bad_periods_are_400()
    {
        var client = fixture.CompanyA.Manager;

        var empty = await (await client.GetAsync("/api/security/reports/meeting?from=2020-01-01&to=2020-02-01")).ReadAsync(HttpStatusCode.OK);
        var backwards = await (await client.GetAsync("/api/security/reports/meeting?from=2020-02-01&to=2020-01-01")).ReadAsync(HttpStatusCode.BadRequest);
        var notADate = await (await client.GetAsync("/api/security/reports/meeting?from=yesterday")).ReadAsync(HttpStatusCode.BadRequest);

        Assert.Null(Value(empty, "patrol.completion_rate"));
        Assert.Equal(0m, Value(empty, "incidents.total"));
        Assert.Equal(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.FromHours(8)), empty.GetProperty("period").GetProperty("from").GetDateTimeOffset());
        Assert.Equal(["to"], backwards.ErrorFields());
        Assert.Equal(["from"], notADate.ErrorFields());
    }

    private static JsonElement Indicator(JsonElement report, string code) =>
        report.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("code").GetString() == code);

    private static decimal? Number(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : value.GetDecimal();

    private static decimal? Value(JsonElement report, string code) => Number(Indicator(report, code).GetProperty("value"));

    private static decimal? Previous(JsonElement report, string code) => Number(Indicator(report, code).GetProperty("previousValue"));

    private static decimal? ByProperty(JsonElement report, string code, Guid propertyId) =>
        Number(Indicator(report, code).GetProperty("byProperty").EnumerateArray().Single(p => p.GetProperty("propertyId").GetGuid() == propertyId).GetProperty("value"));
}
