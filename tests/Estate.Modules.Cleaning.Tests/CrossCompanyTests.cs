using System.Net;
using System.Text.Json;
using Estate.Testing;

namespace Estate.Modules.Cleaning.Tests;

/// <summary>Company A reaches for company B's cleaning records through every endpoint: each is answered as missing and nothing changes.</summary>
[Collection(CleaningHostCollection.Name)]
public sealed class CrossCompanyTests(CleaningHostFixture fixture)
{
    [Fact]
    public async Task Every_cleaning_endpoint_answers_404_to_another_company_and_changes_nothing()
    {
        var (a, b) = (fixture.CompanyA, fixture.CompanyB);
        var task = await b.TodaysTaskAsync(fixture);
        var schedule = task.GetProperty("scheduleId").GetGuid();
        var zone = task.GetProperty("zoneId").GetGuid();
        var point = await b.CreatePointAsync();
        var collection = await b.RecordCollectionAsync(TestCompany.IdOf(point), Cleaning.At(Cleaning.Today.AddDays(-1), 7));
        var deadCorner = await b.ReportDeadCornerAsync();
        var purchase = await b.RecordPurchaseAsync(1, 10m, eco: true, Cleaning.Today);
        var (head, staff) = (a.Head(Cleaning.Module), a.Staff(Cleaning.Module));
        var version = 1u;

        foreach (var url in new[]
                 {
                     $"/api/cleaning/zones/{zone}", $"/api/cleaning/schedules/{schedule}", $"/api/cleaning/tasks/{TestCompany.IdOf(task)}",
                     $"/api/cleaning/collection-points/{TestCompany.IdOf(point)}", $"/api/cleaning/collections/{TestCompany.IdOf(collection)}",
                     $"/api/cleaning/dead-corners/{TestCompany.IdOf(deadCorner)}", $"/api/cleaning/supply-purchases/{TestCompany.IdOf(purchase)}",
                 })
        {
            await (await head.GetAsync(url)).ReadAsync(HttpStatusCode.NotFound);
        }

        await (await head.PutJsonAsync($"/api/cleaning/schedules/{schedule}", new
        {
            task = "t", frequency = "daily", startsOn = Cleaning.Iso(Cleaning.Today), windowStart = "08:00:00", windowEnd = "09:00:00", isActive = false, version,
        })).ReadAsync(HttpStatusCode.NotFound);
        await (await staff.PostJsonAsync($"/api/cleaning/tasks/{TestCompany.IdOf(task)}/complete", new { version = task.Version() })).ReadAsync(HttpStatusCode.NotFound);
        await (await head.PostJsonAsync($"/api/cleaning/tasks/{TestCompany.IdOf(task)}/inspect", new { passed = true, version = task.Version() })).ReadAsync(HttpStatusCode.NotFound);
        var deadCornerUrl = $"/api/cleaning/dead-corners/{TestCompany.IdOf(deadCorner)}";
        await (await staff.PostJsonAsync($"{deadCornerUrl}/start", new { version = deadCorner.Version() })).ReadAsync(HttpStatusCode.NotFound);
        await (await staff.PostJsonAsync($"{deadCornerUrl}/resolve", new { note = "x", version = deadCorner.Version() })).ReadAsync(HttpStatusCode.NotFound);
        await (await staff.PostJsonAsync($"{deadCornerUrl}/refer-to-engineering", new { engineeringNeed = "buildingWork", version = deadCorner.Version() }))
            .ReadAsync(HttpStatusCode.NotFound);

        var untouchedTask = await (await b.ReadOnly.GetAsync($"/api/cleaning/tasks/{TestCompany.IdOf(task)}")).ReadAsync(HttpStatusCode.OK);
        var untouchedCorner = await (await b.ReadOnly.GetAsync(deadCornerUrl)).ReadAsync(HttpStatusCode.OK);
        var untouchedSchedule = await (await b.ReadOnly.GetAsync($"/api/cleaning/schedules/{schedule}")).ReadAsync(HttpStatusCode.OK);
        Assert.Equal("pending", untouchedTask.Status());
        Assert.Equal(task.Version(), untouchedTask.Version());
        Assert.Equal("open", untouchedCorner.Status());
        Assert.Equal(JsonValueKind.Null, untouchedCorner.GetProperty("workOrderId").ValueKind);
        Assert.True(untouchedSchedule.GetProperty("isActive").GetBoolean());
    }

    [Fact]
    public async Task A_company_cannot_use_another_companys_properties_zones_points_or_people()
    {
        var (a, b) = (fixture.CompanyA, fixture.CompanyB);
        var (head, staff) = (a.Head(Cleaning.Module), a.Staff(Cleaning.Module));
        var zoneOfB = TestCompany.IdOf(await b.CreateZoneAsync());
        var pointOfB = TestCompany.IdOf(await b.CreatePointAsync());
        var propertyOfB = b.PropertyIds[0];

        var zone = await (await head.PostJsonAsync("/api/cleaning/zones", new { propertyId = propertyOfB, name = "B lobby", kind = "lobby" })).ReadAsync(HttpStatusCode.BadRequest);
        var schedule = await (await head.PostJsonAsync("/api/cleaning/schedules", new
        {
            zoneId = zoneOfB, task = "t", frequency = "daily", windowStart = "08:00:00", windowEnd = "09:00:00",
        })).ReadAsync(HttpStatusCode.BadRequest);
        var point = await (await head.PostJsonAsync("/api/cleaning/collection-points", new { propertyId = propertyOfB, name = "B", collectionTime = "07:00:00" }))
            .ReadAsync(HttpStatusCode.BadRequest);
        var collection = await (await staff.PostJsonAsync("/api/cleaning/collections", new { collectionPointId = pointOfB })).ReadAsync(HttpStatusCode.BadRequest);
        var deadCorner = await (await staff.PostJsonAsync("/api/cleaning/dead-corners", new { propertyId = propertyOfB, place = "p", description = "d" }))
            .ReadAsync(HttpStatusCode.BadRequest);
        var purchase = await (await head.PostJsonAsync("/api/cleaning/supply-purchases", new
        {
            propertyId = propertyOfB, item = "i", quantity = 1, unit = "瓶", unitCost = 1, supplier = "s", purchasedOn = Cleaning.Iso(Cleaning.Today), isEcoFriendly = true,
        })).ReadAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["propertyId"], zone.ErrorFields());
        Assert.Equal(["zoneId"], schedule.ErrorFields());
        Assert.Equal(["propertyId"], point.ErrorFields());
        Assert.Equal(["collectionPointId"], collection.ErrorFields());
        Assert.Equal(["propertyId"], deadCorner.ErrorFields());
        Assert.Equal(["propertyId"], purchase.ErrorFields());
    }

    [Fact]
    public async Task No_list_or_report_of_a_company_ever_contains_a_row_of_another()
    {
        var (a, b) = (fixture.CompanyA, fixture.CompanyB);
        await b.TodaysTaskAsync(fixture);
        await b.RecordCollectionAsync(TestCompany.IdOf(await b.CreatePointAsync()), Cleaning.At(Cleaning.Today.AddDays(-1), 9));
        await b.ReportDeadCornerAsync(place: "Only B");
        await b.RecordPurchaseAsync(1, 10m, eco: true, Cleaning.Today);
        await a.TodaysTaskAsync(fixture);

        foreach (var list in new[] { "zones", "schedules", "tasks", "collection-points", "collections", "dead-corners", "supply-purchases" })
        {
            var all = await (await a.ReadOnly.GetAsync($"/api/cleaning/{list}?pageSize=100")).ReadAsync(HttpStatusCode.OK);
            var onB = await (await a.ReadOnly.GetAsync($"/api/cleaning/{list}?propertyId={b.PropertyIds[0]}")).ReadAsync(HttpStatusCode.OK);

            Assert.All(all.GetProperty("items").EnumerateArray(), row => Assert.Contains(row.GetProperty("propertyId").GetGuid(), a.PropertyIds));
            Assert.Equal(0, onB.GetProperty("totalCount").GetInt32());
        }

        var report = await (await a.Manager.GetAsync("/api/cleaning/reports/meeting")).ReadAsync(HttpStatusCode.OK);
        Assert.All(
            report.GetProperty("indicators").EnumerateArray().SelectMany(i => i.GetProperty("byProperty").EnumerateArray()),
            p => Assert.Contains(p.GetProperty("propertyId").GetGuid(), a.PropertyIds));
        Assert.DoesNotContain(report.GetProperty("openProblems").EnumerateArray(), p => p.GetProperty("title").GetString()!.Contains("Only B", StringComparison.Ordinal));
    }
}
