using System.Diagnostics;
using System.Net;
using Estate.Testing;

namespace Estate.Modules.Meetings.Tests;

/// <summary>Minutes: written at closing from frozen reports, compared with the previous meeting, printable, distributed once.</summary>
[Collection(MeetingsHostCollection.Name)]
public sealed class MinutesTests(MeetingsHostFixture fixture)
{
    [Fact]
    public async Task Minutes_are_frozen_at_closing_and_compare_with_the_previous_meetings_figures()
    {
        var company = await TestCompany.CreateAsync(fixture.Host, modules: ["engineering", "probe", "meetings"]);
        var series = (await company.CreateSeriesAsync("月度经营分析会")).Id();
        var now = DateTimeOffset.UtcNow;
        await company.RecordFigureAsync("satisfaction", 86, now.AddDays(-20));
        var first = (await company.PlanNextAsync(series, now.AddDays(-14))).Id();
        await company.CloseAsync(first);
        await company.RecordFigureAsync("satisfaction", 91, now.AddDays(-10));
        var second = (await company.PlanNextAsync(series, now.AddDays(-7))).Id();
        await company.AssignAsync(second, company.HeadUserId("probe"), new DateOnly(2027, 3, 1), "满意度保持90%以上", new { moduleId = "probe", indicatorCode = "satisfaction", comparison = "atLeast", value = 90 });
        await company.CloseAsync(second, "满意度达标，继续保持。");

        var before = await (await company.Manager.GetAsync($"/api/meetings/meetings/{second}/minutes")).ReadAsync(HttpStatusCode.OK);
        var htmlBefore = await (await company.Manager.GetAsync($"/api/meetings/meetings/{second}/minutes.html")).Content.ReadAsStringAsync();
        await company.RecordFigureAsync("satisfaction", 20, now.AddDays(-9));
        var after = await (await company.Manager.GetAsync($"/api/meetings/meetings/{second}/minutes")).ReadAsync(HttpStatusCode.OK);
        var htmlResponse = await company.Manager.GetAsync($"/api/meetings/meetings/{second}/minutes.html");
        var htmlAfter = await htmlResponse.Content.ReadAsStringAsync();
        var frozenAgenda = await company.AgendaAsync(second);

        var indicator = before.GetProperty("minutes").Items("reports").Single(r => r.GetProperty("moduleId").GetString() == "probe")
            .Items("indicators").Single(i => i.GetProperty("code").GetString() == "satisfaction");
        Assert.Equal(91m, indicator.GetProperty("value").GetDecimal());
        Assert.Equal(86m, indicator.GetProperty("previousMeetingValue").GetDecimal());
        Assert.Equal(before.GetProperty("minutes").ToString(), after.GetProperty("minutes").ToString());
        Assert.Equal(htmlBefore, htmlAfter);
        Assert.Equal("text/html; charset=utf-8", htmlResponse.Content.Headers.ContentType!.ToString());
        Assert.Contains("满意度 86% → 91%", htmlAfter, StringComparison.Ordinal);
        Assert.Contains("会议纪要：月度经营分析会", htmlAfter, StringComparison.Ordinal);
        Assert.Contains("满意度保持90%以上", htmlAfter, StringComparison.Ordinal);
        Assert.True(frozenAgenda.GetProperty("frozen").GetBoolean());
        Assert.Equal(91m, frozenAgenda.Section("probe").GetProperty("report").Items("indicators").First().GetProperty("value").GetDecimal());
    }

    [Fact]
    public async Task Distribution_reaches_every_participant_and_department_once_however_often_it_runs_and_readers_are_recorded()
    {
        var company = await TestCompany.CreateAsync(fixture.Host, modules: ["engineering", "probe", "meetings"]);
        var meeting = (await company.PlanMeetingAsync(DateTimeOffset.UtcNow.AddHours(-1), "客服工作协调会")).Id();
        await (await company.Manager.PostJsonAsync($"/api/meetings/meetings/{meeting}/participants", new { userId = company.HeadUserId("engineering"), role = "departmentHead" }))
            .ReadAsync(HttpStatusCode.Created);
        await (await company.Manager.PostJsonAsync($"/api/meetings/meetings/{meeting}/participants", new
        {
            name = "赵敏", email = "zhao.min@partner.test", role = "remotePropertyManager",
        })).ReadAsync(HttpStatusCode.Created);
        await company.CloseAsync(meeting);

        await fixture.RunJobAsync("DistributeMinutes", company.Id);
        await fixture.RunJobAsync("DistributeMinutes", company.Id);
        await fixture.Database.ExecuteAsync("UPDATE meetings.minutes SET distributed_at = NULL WHERE id = $1", meeting);
        await fixture.RunJobAsync("DistributeMinutes", company.Id);

        // The fake server keeps mail unordered: count by address, each unique to this test.
        var expected = new[] { await EmailOf(company.Manager), await EmailOf(company.Head("engineering")), "zhao.min@partner.test" };
        var received = fixture.Smtp.ReceivedEmail.SelectMany(m => m.ToAddresses).Select(a => a.Address).Where(expected.Contains).ToList();
        Assert.Equal(expected.Order(StringComparer.Ordinal), received.Order(StringComparer.Ordinal));
        var headInbox = await (await company.Head("engineering").GetAsync("/api/meetings/notifications")).ReadAsync(HttpStatusCode.OK);
        Assert.Equal(1, headInbox.Items("items").Count(n => n.GetProperty("kind").GetString() == "minutes" && n.GetProperty("department").ValueKind == System.Text.Json.JsonValueKind.Null));
        Assert.Equal(1L, await fixture.Database.ScalarAsync<long>(
            "SELECT count(*) FROM meetings.notifications WHERE kind = 'Minutes' AND recipient_department = 'engineering' AND link LIKE '%' || $1 || '%'", meeting.ToString()));

        var readersBefore = await (await company.Manager.GetAsync($"/api/meetings/meetings/{meeting}/minutes/readers")).ReadAsync(HttpStatusCode.OK);
        await (await company.Head("engineering").GetAsync($"/api/meetings/meetings/{meeting}/minutes")).ReadAsync(HttpStatusCode.OK);
        await (await company.Head("engineering").GetAsync($"/api/meetings/meetings/{meeting}/minutes")).ReadAsync(HttpStatusCode.OK);
        var readers = await (await company.Manager.GetAsync($"/api/meetings/meetings/{meeting}/minutes/readers")).ReadAsync(HttpStatusCode.OK);
        var head = readers.EnumerateArray().Single(r => r.GetProperty("userId").GetGuid() == company.HeadUserId("engineering"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, readersBefore.EnumerateArray().Single(r => r.GetProperty("userId").GetGuid() == company.HeadUserId("engineering")).GetProperty("readAt").ValueKind);
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, head.GetProperty("readAt").ValueKind);
        Assert.Equal(1L, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM meetings.minutes_readings WHERE meeting_id = $1", meeting));
    }

    private static async Task<string> EmailOf(HttpClient user) =>
        (await (await user.GetAsync("/api/auth/me")).ReadAsync(HttpStatusCode.OK)).GetProperty("email").GetString()!;

    [Fact]
    public async Task The_minutes_print_to_a_pdf_with_the_chinese_title()
    {
        var company = fixture.CompanyA;
        var meeting = (await company.PlanMeetingAsync(DateTimeOffset.UtcNow.AddHours(-3), "物业服务品质提升会")).Id();
        await company.CloseAsync(meeting, "会议决定：本月内完成路灯更换。");

        var response = await company.ReadOnly.GetAsync($"/api/meetings/meetings/{meeting}/minutes.pdf");
        var pdf = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        if (File.Exists("/usr/bin/pdftotext"))
        {
            var file = Path.GetTempFileName();
            await File.WriteAllBytesAsync(file, pdf);
            using var process = Process.Start(new ProcessStartInfo("/usr/bin/pdftotext", [file, "-"]) { RedirectStandardOutput = true })!;
            var text = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            File.Delete(file);
            Assert.Contains("物业服务品质提升会", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_planned_meeting_has_no_minutes_yet()
    {
        var meeting = (await fixture.CompanyA.PlanMeetingAsync(DateTimeOffset.UtcNow.AddDays(3))).Id();

        await (await fixture.CompanyA.Manager.GetAsync($"/api/meetings/meetings/{meeting}/minutes")).ReadAsync(HttpStatusCode.NotFound);
        await (await fixture.CompanyA.Manager.GetAsync($"/api/meetings/meetings/{meeting}/minutes.html")).ReadAsync(HttpStatusCode.NotFound);
    }
}
