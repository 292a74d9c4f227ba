using System.Net;
using Estate.Testing;

namespace Estate.Modules.Cleaning.Tests;

/// <summary>The garbage collection log: on time within the company's tolerance, late beyond it, missed when nobody logged the day.</summary>
[Collection(CleaningHostCollection.Name)]
public sealed class CollectionTests(CleaningHostFixture fixture)
{
    private TestCompany Company => fixture.CompanyA;

    private static DateOnly Yesterday => Cleaning.Today.AddDays(-1);

    [Fact]
    public async Task A_collection_within_thirty_minutes_is_on_time_and_one_later_is_late()
    {
        var onTimePoint = TestCompany.IdOf(await Company.CreatePointAsync("07:00:00"));
        var latePoint = TestCompany.IdOf(await Company.CreatePointAsync("07:00:00"));

        var onTime = await Company.RecordCollectionAsync(onTimePoint, Cleaning.At(Yesterday, 7, 20));
        var late = await Company.RecordCollectionAsync(latePoint, Cleaning.At(Yesterday, 7, 45));

        Assert.Equal("onTime", onTime.Status());
        Assert.Equal(20, onTime.GetProperty("minutesLate").GetInt32());
        Assert.Equal(Cleaning.Iso(Yesterday), onTime.GetProperty("date").GetString());
        Assert.Equal(Cleaning.At(Yesterday, 7), onTime.GetProperty("scheduledAt").GetDateTimeOffset());
        Assert.Equal(Company.StaffUserId(Cleaning.Module), onTime.GetProperty("recordedByUserId").GetGuid());
        Assert.Equal("late", late.Status());
        Assert.Equal(45, late.GetProperty("minutesLate").GetInt32());
        var stored = await (await Company.ReadOnly.GetAsync($"/api/cleaning/collections/{TestCompany.IdOf(late)}")).ReadAsync(HttpStatusCode.OK);
        Assert.Equal("late", stored.Status());
    }

    [Fact]
    public async Task The_tolerance_is_set_per_company()
    {
        var company = await fixture.NewCompanyAsync();
        var settings = await (await company.ReadOnly.GetAsync("/api/cleaning/settings")).ReadAsync(HttpStatusCode.OK);
        Assert.Equal(30, settings.GetProperty("collectionToleranceMinutes").GetInt32());

        var changed = await (await company.Head(Cleaning.Module).PutJsonAsync("/api/cleaning/settings", new { collectionToleranceMinutes = 60, version = settings.Version() }))
            .ReadAsync(HttpStatusCode.OK);
        var collection = await company.RecordCollectionAsync(TestCompany.IdOf(await company.CreatePointAsync("07:00:00")), Cleaning.At(Yesterday, 7, 45));

        Assert.Equal(60, changed.GetProperty("collectionToleranceMinutes").GetInt32());
        Assert.Equal("onTime", collection.Status());
        var otherCompany = await (await Company.ReadOnly.GetAsync("/api/cleaning/settings")).ReadAsync(HttpStatusCode.OK);
        Assert.Equal(30, otherCompany.GetProperty("collectionToleranceMinutes").GetInt32());
        var stale = await (await company.Head(Cleaning.Module).PutJsonAsync("/api/cleaning/settings", new { collectionToleranceMinutes = 45, version = settings.Version() }))
            .ReadAsync(HttpStatusCode.Conflict);
        Assert.Equal("stale", stale.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Days_nobody_logged_are_marked_missed_by_the_job_once_and_a_late_log_still_counts()
    {
        var point = TestCompany.IdOf(await Company.CreatePointAsync("07:00:00"));
        await fixture.Database.ExecuteAsync("UPDATE cleaning.collection_points SET active_from = $1 WHERE id = $2", Cleaning.Today.AddDays(-3), point);
        await Company.RecordCollectionAsync(point, Cleaning.At(Yesterday, 7, 5));

        await fixture.RunJobAsync(Company.Id, "MarkMissedCollections");
        await fixture.RunJobAsync(Company.Id, "MarkMissedCollections");
        var log = await LogOfAsync(point);

        Assert.Equal(
            [(Cleaning.Iso(Cleaning.Today.AddDays(-3)), "missed"), (Cleaning.Iso(Cleaning.Today.AddDays(-2)), "missed"), (Cleaning.Iso(Yesterday), "onTime")],
            log.Select(c => (c.GetProperty("date").GetString(), c.Status())));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, log[0].GetProperty("collectedAt").ValueKind);

        var loggedAfterwards = await Company.RecordCollectionAsync(point, Cleaning.At(Cleaning.Today.AddDays(-2), 10));

        Assert.Equal("late", loggedAfterwards.Status());
        Assert.Equal(TestCompany.IdOf(log[1]), TestCompany.IdOf(loggedAfterwards));
        Assert.Equal(3, (await LogOfAsync(point)).Count);
    }

    [Fact]
    public async Task A_day_is_logged_once_and_never_ahead_of_time()
    {
        var point = TestCompany.IdOf(await Company.CreatePointAsync("18:00:00"));
        await Company.RecordCollectionAsync(point, Cleaning.At(Yesterday, 18, 10));

        var twice = await (await Company.Staff(Cleaning.Module).PostJsonAsync("/api/cleaning/collections", new { collectionPointId = point, collectedAt = Cleaning.At(Yesterday, 19) }))
            .ReadAsync(HttpStatusCode.Conflict);
        var future = await (await Company.Staff(Cleaning.Module).PostJsonAsync("/api/cleaning/collections", new { collectionPointId = point, collectedAt = DateTimeOffset.UtcNow.AddHours(2) }))
            .ReadAsync(HttpStatusCode.BadRequest);

        Assert.Equal("collection.already_recorded", twice.GetProperty("code").GetString());
        Assert.Equal(["collectedAt"], future.ErrorFields());
    }

    [Fact]
    public async Task A_collection_logged_without_a_time_is_logged_now_for_today()
    {
        var point = TestCompany.IdOf(await Company.CreatePointAsync("00:00:00"));

        var now = await (await Company.Staff(Cleaning.Module).PostJsonAsync("/api/cleaning/collections", new { collectionPointId = point, note = "清运车准时" }))
            .ReadAsync(HttpStatusCode.OK);

        Assert.Equal(Cleaning.Iso(Cleaning.Today), now.GetProperty("date").GetString());
        Assert.InRange(now.GetProperty("collectedAt").GetDateTimeOffset(), DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(1));
        Assert.Equal("清运车准时", now.GetProperty("note").GetString());
    }

    private async Task<List<System.Text.Json.JsonElement>> LogOfAsync(Guid point) =>
        [.. (await (await Company.ReadOnly.GetAsync($"/api/cleaning/collections?collectionPointId={point}")).ReadAsync(HttpStatusCode.OK))
            .GetProperty("items").EnumerateArray().OrderBy(c => c.GetProperty("date").GetString(), StringComparer.Ordinal)];
}
