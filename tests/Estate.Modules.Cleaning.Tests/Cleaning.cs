using System.Net;
using System.Text.Json;
using Estate.Testing;

namespace Estate.Modules.Cleaning.Tests;

/// <summary>The company's clock (Asia/Shanghai, as TestCompany makes it) and small builders over the cleaning API.</summary>
internal static class Cleaning
{
    public const string Module = "cleaning";

    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Zone).DateTime);

    /// <summary>A local date and time of the company as an instant.</summary>
    public static DateTimeOffset At(DateOnly date, int hour, int minute = 0) => new(date.ToDateTime(new TimeOnly(hour, minute)), TimeSpan.FromHours(8));

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static async Task<JsonElement> CreateZoneAsync(this TestCompany company, int property = 0, string? name = null, string kind = "lobby") =>
        await (await company.Head(Module).PostJsonAsync("/api/cleaning/zones", new
        {
            propertyId = company.PropertyIds[property], name = name ?? $"大堂 {Guid.NewGuid():N}"[..12], kind, description = "一楼大堂",
        })).ReadAsync(HttpStatusCode.Created);

    /// <summary>A daily schedule whose window spans the whole day, so today's task can always be completed.</summary>
    public static async Task<JsonElement> CreateScheduleAsync(
        this TestCompany company,
        Guid zoneId,
        string frequency = "daily",
        string[]? weekdays = null,
        int? intervalDays = null,
        DateOnly? startsOn = null,
        string windowStart = "00:00:00",
        string windowEnd = "23:59:00",
        string task = "地面清扫拖洗") =>
        await (await company.Head(Module).PostJsonAsync("/api/cleaning/schedules", new
        {
            zoneId, task, frequency, weekdays, intervalDays, startsOn = startsOn is { } s ? Iso(s) : null, windowStart, windowEnd,
        })).ReadAsync(HttpStatusCode.Created);

    public static async Task<List<JsonElement>> TasksOfScheduleAsync(this TestCompany company, Guid scheduleId) =>
        [.. (await (await company.ReadOnly.GetAsync($"/api/cleaning/tasks?scheduleId={scheduleId}&pageSize=100")).ReadAsync(HttpStatusCode.OK))
            .GetProperty("items").EnumerateArray().OrderBy(t => t.GetProperty("date").GetString(), StringComparer.Ordinal)];

    /// <summary>A zone with a whole-day daily schedule and its tasks made by the job; today's task is returned.</summary>
    public static async Task<JsonElement> TodaysTaskAsync(this TestCompany company, CleaningHostFixture fixture, int property = 0)
    {
        var zone = await company.CreateZoneAsync(property);
        var schedule = await company.CreateScheduleAsync(TestCompany.IdOf(zone));
        await fixture.RunJobAsync(company.Id, "GenerateCleaningTasks");
        var tasks = await company.TasksOfScheduleAsync(TestCompany.IdOf(schedule));
        return tasks.Single(t => t.GetProperty("date").GetString() == Iso(Today));
    }

    public static uint Version(this JsonElement body) => body.GetProperty("version").GetUInt32();

    public static string Status(this JsonElement body) => body.GetProperty("status").GetString()!;

    public static async Task<JsonElement> CreatePointAsync(this TestCompany company, string time = "07:00:00", int property = 0) =>
        await (await company.Head(Module).PostJsonAsync("/api/cleaning/collection-points", new
        {
            propertyId = company.PropertyIds[property], name = $"垃圾房 {Guid.NewGuid():N}"[..12], location = "1号楼北侧", collectionTime = time,
        })).ReadAsync(HttpStatusCode.Created);

    public static async Task<JsonElement> RecordCollectionAsync(this TestCompany company, Guid pointId, DateTimeOffset collectedAt) =>
        await (await company.Staff(Module).PostJsonAsync("/api/cleaning/collections", new { collectionPointId = pointId, collectedAt }))
            .ReadAsync(HttpStatusCode.OK);

    public static async Task<JsonElement> ReportDeadCornerAsync(this TestCompany company, string? engineeringNeed = null, string place = "地下车库B区排水沟", int property = 0) =>
        await (await company.Staff(Module).PostJsonAsync("/api/cleaning/dead-corners", new
        {
            propertyId = company.PropertyIds[property],
            place,
            description = "排水沟内积存油泥，普通工具无法清除",
            photoUrl = "https://photos.example.com/dead-corner/1.jpg",
            engineeringNeed,
        })).ReadAsync(HttpStatusCode.Created);

    public static async Task<JsonElement> RecordPurchaseAsync(
        this TestCompany company, decimal quantity, decimal unitCost, bool eco, DateOnly purchasedOn, int property = 0, string item = "环保型多功能清洁剂") =>
        await (await company.Head(Module).PostJsonAsync("/api/cleaning/supply-purchases", new
        {
            propertyId = company.PropertyIds[property], item, quantity, unit = "桶", unitCost, supplier = "绿源环保科技有限公司",
            purchasedOn = Iso(purchasedOn), isEcoFriendly = eco,
        })).ReadAsync(HttpStatusCode.Created);
}
