using System.Globalization;
using System.Net;
using System.Text.Json;
using Estate.Testing;

namespace Estate.Modules.Security.Tests;

/// <summary>Security requests as a client sends them, with defaults a test can override.</summary>
internal static class SecurityApi
{
    public static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static DateTimeOffset Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Shanghai);

    public static DateOnly LocalDay(DateTimeOffset instant) => DateOnly.FromDateTime(Local(instant).DateTime);

    /// <summary>"HH:mm" of an instant in the company's time zone, truncated to the minute.</summary>
    public static string LocalClock(DateTimeOffset instant) => Local(instant).ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The instant of the company-local minute an instant falls in (what a plan's start time resolves to).</summary>
    public static DateTimeOffset TruncatedToMinute(DateTimeOffset instant)
    {
        var local = Local(instant);
        return new DateTimeOffset(local.Year, local.Month, local.Day, local.Hour, local.Minute, 0, local.Offset).ToUniversalTime();
    }

    public static string NewCode(string prefix = "T") => $"{prefix}-{Guid.NewGuid():N}"[..14].ToUpperInvariant();

    public static async Task<JsonElement> CreateRouteAsync(this HttpClient head, Guid propertyId, int checkpoints = 3, int durationMinutes = 60, string? name = null)
    {
        var codes = Enumerable.Range(1, checkpoints).Select(_ => NewCode()).ToList();
        return await (await head.PostJsonAsync("/api/security/patrol/routes", new
        {
            propertyId,
            name = name ?? $"巡逻路线 {Guid.NewGuid():N}"[..12],
            expectedDurationMinutes = durationMinutes,
            checkpoints = codes.Select((code, i) => new { code, name = $"点位{i + 1}", location = $"{i + 1}号楼" }),
        })).ReadAsync(HttpStatusCode.Created);
    }

    public static IReadOnlyList<string> CodesOf(JsonElement route) =>
        [.. route.GetProperty("checkpoints").EnumerateArray().Select(c => c.GetProperty("code").GetString()!)];

    public static async Task<JsonElement> CreatePlanAsync(this HttpClient head, JsonElement route, string[] startTimes, int latenessMinutes = 30, string[]? weekdays = null) =>
        await (await head.PostJsonAsync("/api/security/patrol/plans", new
        {
            routeId = TestCompany.IdOf(route),
            weekdays = weekdays ?? ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
            startTimes,
            allowedLatenessMinutes = latenessMinutes,
        })).ReadAsync(HttpStatusCode.Created);

    public static async Task<JsonElement> CheckInAsync(this HttpClient guard, string code, DateTimeOffset? at = null) =>
        await (await guard.PostJsonAsync("/api/security/patrol/check-ins", new { checkpointCode = code, checkedInAt = at })).ReadAsync(HttpStatusCode.OK);

    /// <summary>The plan's tasks starting on the given company-local days.</summary>
    public static async Task<List<JsonElement>> TasksAsync(this HttpClient client, JsonElement plan, DateOnly from, DateOnly to)
    {
        var page = await (await client.GetAsync(
            $"/api/security/patrol/tasks?planId={TestCompany.IdOf(plan)}&from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}&pageSize=100")).ReadAsync(HttpStatusCode.OK);
        return [.. page.GetProperty("items").EnumerateArray().OrderBy(t => t.GetProperty("scheduledStart").GetDateTimeOffset())];
    }

    /// <summary>The plan's round starting at the given instant.</summary>
    public static async Task<JsonElement> TaskAtAsync(this HttpClient client, JsonElement plan, DateTimeOffset start)
    {
        var tasks = await client.TasksAsync(plan, LocalDay(start), LocalDay(start));
        return tasks.Single(t => t.GetProperty("scheduledStart").GetDateTimeOffset() == start);
    }

    public static async Task<JsonElement> TaskDetailsAsync(this HttpClient client, JsonElement task) =>
        await (await client.GetAsync($"/api/security/patrol/tasks/{TestCompany.IdOf(task)}")).ReadAsync(HttpStatusCode.OK);

    public static async Task<JsonElement> ReportAccessProblemAsync(this HttpClient guard, Guid propertyId, bool needsRepair, string gate = "东门人行闸机", bool foundOnPatrol = false) =>
        await (await guard.PostJsonAsync("/api/security/access-problems", new { propertyId, gate, problem = "刷卡无反应", needsRepair, foundOnPatrol }))
            .ReadAsync(HttpStatusCode.Created);

    public static async Task<JsonElement> CreateAreaAsync(this HttpClient head, Guid propertyId, string kind = "pumpRoom", string? name = null) =>
        await (await head.PostJsonAsync("/api/security/fire-safety/areas", new
        {
            propertyId,
            name = name ?? $"消防泵房 {Guid.NewGuid():N}"[..12],
            kind,
            location = "地下一层",
            checklist = new[] { "消防泵运行正常", "稳压泵压力正常" },
        })).ReadAsync(HttpStatusCode.Created);

    public static async Task<JsonElement> InspectAsync(this HttpClient guard, JsonElement area, object[] items, DateTimeOffset? inspectedAt = null) =>
        await (await guard.PostJsonAsync("/api/security/fire-safety/inspections", new { areaId = TestCompany.IdOf(area), inspectedAt, items }))
            .ReadAsync(HttpStatusCode.Created);

    public static object Passed(string name) => new { name, passed = true };

    public static object Failed(string name, string note, bool needsRepair = false, DateOnly? fixDeadline = null) =>
        new { name, passed = false, note, needsRepair, fixDeadline };

    public static async Task<JsonElement> ReportIncidentAsync(
        this HttpClient guard, Guid propertyId, string type = "theft", string severity = "medium", DateTimeOffset? occurredAt = null) =>
        await (await guard.PostJsonAsync("/api/security/incidents", new
        {
            propertyId,
            type,
            severity,
            occurredAt = occurredAt ?? DateTimeOffset.UtcNow.AddHours(-1),
            place = "地下车库B1",
            description = "业主电动车电瓶被盗",
        })).ReadAsync(HttpStatusCode.Created);

    public static uint VersionOf(JsonElement body) => body.GetProperty("version").GetUInt32();

    public static async Task SwitchModuleAsync(this TestCompany company, string module, bool enabled) =>
        await (await company.Admin.PutJsonAsync($"/api/platform/modules/{module}", new { enabled })).ReadAsync(HttpStatusCode.OK);
}
