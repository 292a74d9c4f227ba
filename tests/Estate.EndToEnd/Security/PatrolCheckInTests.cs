using System.Globalization;
using System.Net;
using Estate.Testing;

namespace Estate.EndToEnd.Security;

/// <summary>A guard records a checkpoint check-in on the patrol task's page.</summary>
public sealed class PatrolCheckInTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string SecurityHead = "security.head@demo.estate";
    private const string SecurityStaff = "security.staff@demo.estate";

    [Fact]
    public async Task A_guard_checks_in_at_a_checkpoint_of_an_open_patrol_task_and_sees_it_done()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var first = $"E2E{suffix}-01";
        var taskId = await PlanRoundStartingNowAsync(suffix);

        var page = await OpenSignedInAsync(SecurityStaff);
        await page.GotoAsync($"/security/patrol-tasks/{taskId}");
        await Assertions.Expect(page.GetByTestId($"checkpoint-status-{first}")).ToHaveTextAsync("待打卡");
        await Assertions.Expect(page.GetByTestId("patrol-progress")).ToHaveTextAsync("0 / 2");

        await page.GetByTestId($"check-in-{first}").ClickAsync();

        await Assertions.Expect(page.GetByTestId($"checkpoint-status-{first}")).ToHaveTextAsync("已打卡");
        await Assertions.Expect(page.GetByTestId("patrol-progress")).ToHaveTextAsync("1 / 2");
        await Assertions.Expect(page.GetByTestId($"check-in-{first}")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId($"check-in-E2E{suffix}-02")).ToBeVisibleAsync();
    }

    /// <summary>A route of two checkpoints with a daily round that started five minutes ago (company time), so its window is open.</summary>
    private async Task<Guid> PlanRoundStartingNowAsync(string suffix)
    {
        var staff = await Fixture.ApiAsync(SecurityStaff);
        var properties = await (await staff.GetAsync("/api/platform/properties")).ReadAsync(HttpStatusCode.OK);
        var propertyId = properties.EnumerateArray().First().GetProperty("id").GetGuid();

        var head = await Fixture.ApiAsync(SecurityHead);
        var route = await (await head.PostJsonAsync("/api/security/patrol/routes", new
        {
            propertyId,
            name = $"端到端巡更路线{suffix}",
            expectedDurationMinutes = 60,
            checkpoints = new[]
            {
                new { code = $"E2E{suffix}-01", name = "东门岗亭", location = (string?)null },
                new { code = $"E2E{suffix}-02", name = "地下车库入口", location = (string?)null },
            },
        })).ReadAsync(HttpStatusCode.Created);
        var routeId = route.GetProperty("id").GetGuid();

        var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        var start = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow.AddMinutes(-5), zone);
        await (await head.PostJsonAsync("/api/security/patrol/plans", new
        {
            routeId,
            weekdays = Enum.GetNames<DayOfWeek>(),
            startTimes = new[] { start.ToString("HH:mm:00", CultureInfo.InvariantCulture) },
            allowedLatenessMinutes = 30,
        })).ReadAsync(HttpStatusCode.Created);

        var tasks = await (await head.GetAsync($"/api/security/patrol/tasks?routeId={routeId}")).ReadAsync(HttpStatusCode.OK);
        // The list runs latest first and holds the coming days' rounds too: the one under way is the last to have started.
        return tasks.GetProperty("items").EnumerateArray()
            .Where(t => t.GetProperty("scheduledStart").GetDateTimeOffset() <= DateTimeOffset.UtcNow)
            .MaxBy(t => t.GetProperty("scheduledStart").GetDateTimeOffset())
            .GetProperty("id").GetGuid();
    }
}
