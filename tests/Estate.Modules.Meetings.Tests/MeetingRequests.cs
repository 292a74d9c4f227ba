using System.Net;
using System.Text.Json;
using Estate.Testing;

namespace Estate.Modules.Meetings.Tests;

/// <summary>Plans and runs meetings through the API, as an organiser would.</summary>
internal static class MeetingRequests
{
    public static async Task<JsonElement> PlanMeetingAsync(this TestCompany company, DateTimeOffset startsAt, string title = "安全工作专题会", DateOnly? reportFrom = null, DateOnly? reportTo = null) =>
        await (await company.Manager.PostJsonAsync("/api/meetings/meetings", new
        {
            title,
            startsAt,
            endsAt = startsAt.AddHours(1),
            place = "物业服务中心会议室",
            onlineLink = "https://meet.example.com/room-42",
            propertyIds = company.PropertyIds,
            chairUserId = await company.ManagerIdAsync(),
            reportFrom,
            reportTo,
        })).ReadAsync(HttpStatusCode.Created);

    public static async Task<JsonElement> CreateSeriesAsync(this TestCompany company, string title = "每周运营例会") =>
        await (await company.Manager.PostJsonAsync("/api/meetings/series", new
        {
            title,
            cadence = "weekly",
            place = "三楼会议室",
            onlineLink = "https://meet.example.com/weekly",
            chairUserId = await company.ManagerIdAsync(),
            propertyIds = company.PropertyIds,
        })).ReadAsync(HttpStatusCode.Created);

    public static async Task<JsonElement> PlanNextAsync(this TestCompany company, Guid seriesId, DateTimeOffset startsAt) =>
        await (await company.Manager.PostJsonAsync($"/api/meetings/series/{seriesId}/meetings", new { startsAt })).ReadAsync(HttpStatusCode.Created);

    public static async Task<JsonElement> AgendaAsync(this TestCompany company, Guid meetingId) =>
        await (await company.Manager.GetAsync($"/api/meetings/meetings/{meetingId}/agenda")).ReadAsync(HttpStatusCode.OK);

    public static async Task<JsonElement> CloseAsync(this TestCompany company, Guid meetingId, string summary = "会议总结：按计划推进。")
    {
        var meeting = await (await company.Manager.GetAsync($"/api/meetings/meetings/{meetingId}")).ReadAsync(HttpStatusCode.OK);
        return await (await company.Manager.PostJsonAsync($"/api/meetings/meetings/{meetingId}/close", new { summary, version = meeting.GetProperty("version").GetUInt32() }))
            .ReadAsync(HttpStatusCode.OK);
    }

    public static async Task<JsonElement> AssignAsync(this TestCompany company, Guid meetingId, Guid ownerUserId, DateOnly deadline, string title = "提升业主满意度", object? target = null, string? department = null) =>
        await (await company.Manager.PostJsonAsync($"/api/meetings/meetings/{meetingId}/action-items", new
        {
            title,
            ownerUserId,
            department,
            deadline,
            expectedOutcome = "满意度达到90%以上",
            target,
        })).ReadAsync(HttpStatusCode.Created);

    public static async Task RecordFigureAsync(this TestCompany company, string code, decimal value, DateTimeOffset recordedAt, int property = 0) =>
        await (await company.Staff("probe").PostJsonAsync("/api/probe/figures", new { propertyId = company.PropertyIds[property], code, value, recordedAt }))
            .ReadAsync(HttpStatusCode.OK);

    public static async Task<Guid> ManagerIdAsync(this TestCompany company) =>
        (await (await company.Manager.GetAsync("/api/auth/me")).ReadAsync(HttpStatusCode.OK)).GetProperty("id").GetGuid();

    public static IEnumerable<JsonElement> Items(this JsonElement element, string property) => element.GetProperty(property).EnumerateArray();

    public static JsonElement Section(this JsonElement agenda, string moduleId) => agenda.Items("reports").Single(r => r.GetProperty("moduleId").GetString() == moduleId);

    public static Guid Id(this JsonElement element) => element.GetProperty("id").GetGuid();
}
