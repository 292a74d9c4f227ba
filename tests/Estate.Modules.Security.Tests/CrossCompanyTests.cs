using System.Net;
using Estate.Testing;
using static Estate.Modules.Security.Tests.SecurityApi;

namespace Estate.Modules.Security.Tests;

/// <summary>Company A asks for company B's records through every security endpoint: each is answered as missing.</summary>
[Collection(SecurityHostCollection.Name)]
public sealed class CrossCompanyTests(SecurityHostFixture fixture)
{
    [Fact]
    public async Task Every_security_endpoint_answers_404_to_another_company_and_changes_nothing()
    {
        var (a, b) = (fixture.CompanyA, fixture.CompanyB);
        var bHead = b.Head("security");
        var route = await bHead.CreateRouteAsync(b.PropertyIds[0], checkpoints: 1);
        var plan = await bHead.CreatePlanAsync(route, [LocalClock(DateTimeOffset.UtcNow.AddHours(2))]);
        var task = (await bHead.TasksAsync(plan, LocalDay(DateTimeOffset.UtcNow), LocalDay(DateTimeOffset.UtcNow).AddDays(2)))[0];
        var problem = await b.Staff("security").ReportAccessProblemAsync(b.PropertyIds[0], needsRepair: false);
        var area = await bHead.CreateAreaAsync(b.PropertyIds[0]);
        var inspection = await b.Staff("security").InspectAsync(area, [Failed("稳压泵压力正常", "压力不足")]);
        var finding = inspection.GetProperty("findings")[0];
        var incident = await b.Staff("security").ReportIncidentAsync(b.PropertyIds[0]);
        var eventPlan = await (await bHead.PostJsonAsync("/api/security/event-plans", new
        {
            propertyId = b.PropertyIds[0], name = "B 的活动", startsAt = DateTimeOffset.UtcNow.AddDays(5), endsAt = DateTimeOffset.UtcNow.AddDays(5).AddHours(2),
            posts = new[] { new { name = "入口", guardUserIds = new[] { b.StaffUserId("security") } } },
        })).ReadAsync(HttpStatusCode.Created);
        var aHead = a.Head("security");

        foreach (var url in new[]
                 {
                     $"/api/security/patrol/routes/{TestCompany.IdOf(route)}",
                     $"/api/security/patrol/tasks/{TestCompany.IdOf(task)}",
                     $"/api/security/access-problems/{TestCompany.IdOf(problem)}",
                     $"/api/security/fire-safety/inspections/{TestCompany.IdOf(inspection.GetProperty("inspection"))}",
                     $"/api/security/fire-safety/findings/{TestCompany.IdOf(finding)}",
                     $"/api/security/incidents/{TestCompany.IdOf(incident)}",
                     $"/api/security/event-plans/{TestCompany.IdOf(eventPlan)}",
                 })
        {
            await (await aHead.GetAsync(url)).ReadAsync(HttpStatusCode.NotFound);
        }

        await (await aHead.PostJsonAsync($"/api/security/patrol/plans/{TestCompany.IdOf(plan)}/deactivate", new { version = VersionOf(plan) })).ReadAsync(HttpStatusCode.NotFound);
        await (await aHead.PostJsonAsync($"/api/security/access-problems/{TestCompany.IdOf(problem)}/repair", new { version = VersionOf(problem) })).ReadAsync(HttpStatusCode.NotFound);
        await (await aHead.PostJsonAsync($"/api/security/access-problems/{TestCompany.IdOf(problem)}/resolve", new { resolution = "x", version = VersionOf(problem) }))
            .ReadAsync(HttpStatusCode.NotFound);
        await (await aHead.PostJsonAsync($"/api/security/fire-safety/findings/{TestCompany.IdOf(finding)}/fix", new { note = "x", version = VersionOf(finding) }))
            .ReadAsync(HttpStatusCode.NotFound);
        await (await aHead.PostJsonAsync($"/api/security/incidents/{TestCompany.IdOf(incident)}/handling", new { handling = "x", version = VersionOf(incident) }))
            .ReadAsync(HttpStatusCode.NotFound);
        await (await aHead.PostJsonAsync($"/api/security/incidents/{TestCompany.IdOf(incident)}/close", new { closure = "x", version = VersionOf(incident) }))
            .ReadAsync(HttpStatusCode.NotFound);

        // Using B's route, area or property in A's requests is as if they did not exist.
        var planOnB = await (await aHead.PostJsonAsync("/api/security/patrol/plans", new
        {
            routeId = TestCompany.IdOf(route), weekdays = new[] { "monday" }, startTimes = new[] { "08:00" }, allowedLatenessMinutes = 10,
        })).ReadAsync(HttpStatusCode.BadRequest);
        var inspectB = await (await a.Staff("security").PostJsonAsync("/api/security/fire-safety/inspections", new
        {
            areaId = TestCompany.IdOf(area), items = new[] { Passed("x") },
        })).ReadAsync(HttpStatusCode.BadRequest);
        var postInB = await (await aHead.PostJsonAsync("/api/security/posts", new { propertyId = b.PropertyIds[0], name = "岗", kind = "gate" })).ReadAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["routeId"], planOnB.ErrorFields());
        Assert.Equal(["areaId"], inspectB.ErrorFields());
        Assert.Equal(["propertyId"], postInB.ErrorFields());

        var untouched = await (await b.ReadOnly.GetAsync($"/api/security/incidents/{TestCompany.IdOf(incident)}")).ReadAsync(HttpStatusCode.OK);
        Assert.Equal("open", untouched.GetProperty("status").GetString());
        Assert.Equal(VersionOf(incident), VersionOf(untouched));
        var stillActive = await (await b.ReadOnly.GetAsync($"/api/security/patrol/plans?routeId={TestCompany.IdOf(route)}")).ReadAsync(HttpStatusCode.OK);
        Assert.True(stillActive.GetProperty("items")[0].GetProperty("isActive").GetBoolean());
    }

    [Theory]
    [InlineData("posts")]
    [InlineData("shifts")]
    [InlineData("patrol/routes")]
    [InlineData("patrol/plans")]
    [InlineData("patrol/tasks")]
    [InlineData("access-problems")]
    [InlineData("fire-safety/areas")]
    [InlineData("fire-safety/areas/due")]
    [InlineData("fire-safety/inspections")]
    [InlineData("fire-safety/findings")]
    [InlineData("incidents")]
    [InlineData("event-plans")]
    public async Task No_list_of_a_company_ever_contains_a_row_of_another(string list)
    {
        var (a, b) = (fixture.CompanyA, fixture.CompanyB);
        await SeedBothAsync(a, b);

        var all = await (await a.ReadOnly.GetAsync($"/api/security/{list}?pageSize=100")).ReadAsync(HttpStatusCode.OK);
        var filteredOnB = await (await a.ReadOnly.GetAsync($"/api/security/{list}?propertyId={b.PropertyIds[0]}")).ReadAsync(HttpStatusCode.OK);

        Assert.All(all.GetProperty("items").EnumerateArray(), row => Assert.Contains(row.GetProperty("propertyId").GetGuid(), a.PropertyIds));
        Assert.Equal(0, filteredOnB.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task The_roster_and_the_meeting_report_of_a_company_leave_out_another_companys_rows()
    {
        var (a, b) = (fixture.CompanyA, fixture.CompanyB);
        await SeedBothAsync(a, b);

        var roster = await (await a.ReadOnly.GetAsync($"/api/security/roster?from=2020-01-01&to=2020-03-01&propertyId={b.PropertyIds[0]}")).ReadAsync(HttpStatusCode.OK);
        var report = await (await a.Manager.GetAsync("/api/security/reports/meeting")).ReadAsync(HttpStatusCode.OK);

        Assert.Equal(0, roster.GetProperty("totalCount").GetInt32());
        Assert.All(report.GetProperty("indicators").EnumerateArray(), i =>
            Assert.All(i.GetProperty("byProperty").EnumerateArray(), p => Assert.Contains(p.GetProperty("propertyId").GetGuid(), a.PropertyIds)));
    }

    private static async Task SeedBothAsync(TestCompany a, TestCompany b)
    {
        foreach (var company in new[] { a, b })
        {
            await company.Staff("security").ReportIncidentAsync(company.PropertyIds[0]);
            await company.Staff("security").ReportAccessProblemAsync(company.PropertyIds[0], needsRepair: false);
            await company.Head("security").CreateAreaAsync(company.PropertyIds[0]);
        }
    }
}
