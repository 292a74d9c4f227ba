using System.Net;
using Estate.Testing;
using Microsoft.Extensions.Logging;

namespace Estate.Modules.Meetings.Tests;

/// <summary>The work review pulls each switched-on department's report live, in the company's order, and survives departments that fail.</summary>
[Collection(MeetingsHostCollection.Name)]
public sealed class ReportPullingTests(MeetingsHostFixture fixture)
{
    [Fact]
    public async Task A_meeting_pulls_a_report_per_department_switched_on_and_one_fewer_with_one_off_saying_nothing_is_wrong()
    {
        var company = await TestCompany.CreateAsync(fixture.Host, modules: ["engineering", "probe", "meetings"]);
        var meeting = (await company.PlanMeetingAsync(DateTimeOffset.UtcNow.AddDays(1))).Id();

        var allOn = await company.AgendaAsync(meeting);
        await (await company.Admin.PutJsonAsync("/api/platform/modules/probe", new { enabled = false })).ReadAsync(HttpStatusCode.OK);
        var probeOff = await company.AgendaAsync(meeting);

        Assert.Contains(allOn.Items("reports"), r => r.GetProperty("moduleId").GetString() == "probe");
        Assert.Equal(allOn.Items("reports").Count() - 1, probeOff.Items("reports").Count());
        Assert.DoesNotContain(probeOff.Items("reports"), r => r.GetProperty("moduleId").GetString() == "probe");
        Assert.All(allOn.Items("reports").Concat(probeOff.Items("reports")), r => Assert.True(r.GetProperty("available").GetBoolean()));
    }

    [Fact]
    public async Task A_department_not_installed_and_one_whose_report_fails_are_marked_unavailable_with_the_reason_and_the_meeting_goes_on()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);
        await (await company.Admin.PutJsonAsync("/api/meetings/settings/department-order", new { departments = new[] { "security", "faulty", "probe" }, version = 0 }))
            .ReadAsync(HttpStatusCode.OK);
        var meeting = (await company.PlanMeetingAsync(DateTimeOffset.UtcNow.AddHours(2))).Id();

        var agenda = await company.AgendaAsync(meeting);

        Assert.Equal(["security", "faulty", "probe"], agenda.Items("reports").Take(3).Select(r => r.GetProperty("moduleId").GetString()));
        Assert.False(agenda.Section("security").GetProperty("available").GetBoolean());
        Assert.Contains("not installed", agenda.Section("security").GetProperty("unavailableReason").GetString(), StringComparison.Ordinal);
        Assert.False(agenda.Section("faulty").GetProperty("available").GetBoolean());
        Assert.Contains("unreachable (on purpose)", agenda.Section("faulty").GetProperty("unavailableReason").GetString(), StringComparison.Ordinal);
        Assert.True(agenda.Section("probe").GetProperty("available").GetBoolean());
        Assert.Contains(fixture.Host.Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("faulty", StringComparison.Ordinal)
                                                          && e.Message.Contains("unreachable (on purpose)", StringComparison.Ordinal));

        await (await company.Manager.PostJsonAsync($"/api/meetings/meetings/{meeting}/problems", new { title = "门禁刷卡失灵", source = "internalGap" }))
            .ReadAsync(HttpStatusCode.Created);
        await company.CloseAsync(meeting);
        var html = await (await company.Manager.GetAsync($"/api/meetings/meetings/{meeting}/minutes.html")).Content.ReadAsStringAsync();
        Assert.Contains("报告不可用", html, StringComparison.Ordinal);
        Assert.Contains("门禁刷卡失灵", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_probe_report_shows_its_figures_for_the_chosen_period_with_the_previous_period_and_the_target()
    {
        var company = await TestCompany.CreateAsync(fixture.Host, modules: ["engineering", "probe", "meetings"]);
        var day = new DateTimeOffset(2026, 10, 15, 2, 0, 0, TimeSpan.Zero);
        await company.RecordFigureAsync("satisfaction", 80, day.AddDays(-10));
        await company.RecordFigureAsync("satisfaction", 86, day);
        await company.RecordFigureAsync("satisfaction", 90, day.AddDays(1), property: 1);
        var meeting = (await company.PlanMeetingAsync(day.AddDays(20), reportFrom: new DateOnly(2026, 10, 8), reportTo: new DateOnly(2026, 10, 21))).Id();

        var probe = (await company.AgendaAsync(meeting)).Section("probe").GetProperty("report");

        var satisfaction = probe.Items("indicators").Single(i => i.GetProperty("code").GetString() == "satisfaction");
        Assert.Equal(88m, satisfaction.GetProperty("value").GetDecimal());
        Assert.Equal(80m, satisfaction.GetProperty("previousValue").GetDecimal());
        Assert.Equal(8m, satisfaction.GetProperty("change").GetDecimal());
        Assert.Equal("atLeast", satisfaction.GetProperty("target").GetProperty("comparison").GetString());
        Assert.Equal(2, satisfaction.Items("byProperty").Count());
    }

    [Fact]
    public async Task Department_heads_comment_on_their_own_report_and_the_organiser_reminds_the_departments_still_missing()
    {
        var company = await TestCompany.CreateAsync(fixture.Host, modules: ["engineering", "probe", "meetings"]);
        var meeting = (await company.PlanMeetingAsync(DateTimeOffset.UtcNow.AddDays(2))).Id();
        await (await company.Manager.PostJsonAsync($"/api/meetings/meetings/{meeting}/participants", new
        {
            userId = company.HeadUserId("probe"), role = "departmentHead",
        })).ReadAsync(HttpStatusCode.Created);

        var missingBefore = (await company.AgendaAsync(meeting)).Items("missingComments").Select(m => m.GetString()).ToList();
        var reminders = await (await company.Manager.PostJsonAsync($"/api/meetings/meetings/{meeting}/reports/reminders", new { })).ReadAsync(HttpStatusCode.OK);
        var inbox = await (await company.Head("probe").GetAsync("/api/meetings/notifications?unread=true")).ReadAsync(HttpStatusCode.OK);
        await (await company.Head("engineering").PutJsonAsync($"/api/meetings/meetings/{meeting}/reports/probe/comment", new { comment = "不是我的部门" }))
            .ReadAsync(HttpStatusCode.Forbidden);
        await (await company.Head("probe").PutJsonAsync($"/api/meetings/meetings/{meeting}/reports/probe/comment", new { comment = "本期数据已核对。" }))
            .ReadAsync(HttpStatusCode.OK);
        var after = await company.AgendaAsync(meeting);

        Assert.Contains("probe", missingBefore);
        Assert.Contains("probe", reminders.Items("departments").Select(d => d.GetString()));
        Assert.Contains(inbox.Items("items"), n => n.GetProperty("kind").GetString() == "reportReminder");
        Assert.DoesNotContain("probe", after.Items("missingComments").Select(m => m.GetString()));
        Assert.Equal("本期数据已核对。", after.Section("probe").GetProperty("comment").GetString());
    }

    [Fact]
    public async Task The_company_report_pulls_every_department_for_a_period()
    {
        var report = await (await fixture.CompanyA.Manager.GetAsync("/api/meetings/reports?from=2026-10-01&to=2026-10-31")).ReadAsync(HttpStatusCode.OK);

        Assert.Contains(report.Items("departments"), d => d.GetProperty("moduleId").GetString() == "probe" && d.GetProperty("available").GetBoolean());
        Assert.Contains(report.Items("departments"), d => d.GetProperty("moduleId").GetString() == "faulty" && !d.GetProperty("available").GetBoolean());
    }
}
