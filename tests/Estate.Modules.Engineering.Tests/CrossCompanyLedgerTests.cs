using System.Net;
using Estate.Testing;

namespace Estate.Modules.Engineering.Tests;

/// <summary>Company A reaches for company B's facilities, plans, projects and work orders through the newer endpoints: each is answered as missing.</summary>
[Collection(EngineeringHostCollection.Name)]
public sealed class CrossCompanyLedgerTests(EngineeringHostFixture fixture)
{
    [Fact]
    public async Task Every_ledger_plan_project_and_rating_endpoint_answers_404_to_another_company_and_changes_nothing()
    {
        var (a, b) = (fixture.CompanyA, fixture.CompanyB);
        var facility = await b.AddFacilityAsync(b.PropertyIds[0], "B 的电梯", installedOn: new DateOnly(2005, 1, 1), serviceLifeMonths: 120);
        var plan = await MaintenancePlanTests.CreatePlanAsync(b, facility, "B 的维保", "months", 1, CompanyTime.Today.AddDays(60), 3);
        var project = await b.PlanProjectAsync(b.PropertyIds[0], "B 的项目");
        var done = await b.CompletedWorkOrderAsync(b.PropertyIds[0]);
        var head = a.Head("engineering");
        var facilityUrl = $"/api/engineering/facilities/{TestCompany.IdOf(facility)}";
        var planUrl = $"/api/engineering/maintenance-plans/{TestCompany.IdOf(plan)}";
        var projectUrl = $"/api/engineering/projects/{TestCompany.IdOf(project)}";

        await (await head.PutJsonAsync(facilityUrl, facility.With(new { name = "x", category = "elevator", location = "x", importance = "low" }))).ReadAsync(HttpStatusCode.NotFound);
        await (await head.GetAsync($"{facilityUrl}/maintenance-records")).ReadAsync(HttpStatusCode.NotFound);
        await (await head.PostJsonAsync($"{facilityUrl}/maintenance-records", new { performedOn = "2026-01-01", work = "x", performedBy = "x", cost = 1 }))
            .ReadAsync(HttpStatusCode.NotFound);
        await (await head.GetAsync(planUrl)).ReadAsync(HttpStatusCode.NotFound);
        await head.ActAsync($"{planUrl}/pause", plan, expected: HttpStatusCode.NotFound);
        await head.ActAsync($"{planUrl}/resume", plan, expected: HttpStatusCode.NotFound);
        await (await head.GetAsync(projectUrl)).ReadAsync(HttpStatusCode.NotFound);
        await (await head.PutJsonAsync(projectUrl, project.With(new
        {
            title = "x", responsibleUserId = a.HeadUserId("engineering"), plannedStartOn = "2027-01-01", plannedEndOn = "2027-02-01", estimatedCost = 1, expectedEffect = "x",
        }))).ReadAsync(HttpStatusCode.NotFound);
        foreach (var action in new[] { "start", "complete", "cancel", "request-funding" })
        {
            await head.ActAsync($"{projectUrl}/{action}", project, expected: HttpStatusCode.NotFound);
        }

        await a.Staff("engineering").ActAsync($"/api/engineering/work-orders/{TestCompany.IdOf(done)}/rating", done, new { rating = 1 }, HttpStatusCode.NotFound);

        var planOfB = await (await b.ReadOnly.GetAsync(planUrl)).ReadAsync(HttpStatusCode.OK);
        var projectOfB = await (await b.ReadOnly.GetAsync(projectUrl)).ReadAsync(HttpStatusCode.OK);
        var doneOfB = await (await b.ReadOnly.GetAsync($"/api/engineering/work-orders/{TestCompany.IdOf(done)}")).ReadAsync(HttpStatusCode.OK);
        var historyOfB = await (await b.ReadOnly.GetAsync($"{facilityUrl}/maintenance-records")).ReadAsync(HttpStatusCode.OK);
        Assert.Equal("active", planOfB.GetProperty("status").GetString());
        Assert.Equal("planned", projectOfB.GetProperty("status").GetString());
        Assert.Equal("notRequested", projectOfB.GetProperty("fundingStatus").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, doneOfB.GetProperty("ownerRating").ValueKind);
        Assert.Equal(0, historyOfB.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Another_companys_facilities_plans_and_projects_never_appear_in_lists_or_reports()
    {
        var (a, b) = (fixture.CompanyA, fixture.CompanyB);
        var facility = await b.AddFacilityAsync(b.PropertyIds[1], "B 的老路灯", "lighting", new DateOnly(2000, 1, 1), 120);
        await MaintenancePlanTests.CreatePlanAsync(b, facility, "B 的路灯巡检", "days", 30, CompanyTime.Today.AddDays(3), 5);
        await b.PlanProjectAsync(b.PropertyIds[1], "B 的路灯更换");

        var aging = await (await a.ReadOnly.GetAsync("/api/engineering/facilities/aging?pageSize=100")).ReadAsync(HttpStatusCode.OK);
        var plans = await (await a.ReadOnly.GetAsync("/api/engineering/maintenance-plans?pageSize=100")).ReadAsync(HttpStatusCode.OK);
        var projects = await (await a.ReadOnly.GetAsync("/api/engineering/projects?pageSize=100")).ReadAsync(HttpStatusCode.OK);
        var report = await (await a.ReadOnly.GetAsync("/api/engineering/reports/meeting")).ReadAsync(HttpStatusCode.OK);

        Assert.All(aging.GetProperty("items").EnumerateArray(), f => Assert.Contains(f.GetProperty("propertyId").GetGuid(), a.PropertyIds));
        Assert.All(plans.GetProperty("items").EnumerateArray(), p => Assert.Contains(p.GetProperty("propertyId").GetGuid(), a.PropertyIds));
        Assert.All(projects.GetProperty("items").EnumerateArray(), p => Assert.Contains(p.GetProperty("propertyId").GetGuid(), a.PropertyIds));
        Assert.All(report.GetProperty("indicators").EnumerateArray(), i =>
            Assert.All(i.GetProperty("byProperty").EnumerateArray(), p => Assert.Contains(p.GetProperty("propertyId").GetGuid(), a.PropertyIds)));
        Assert.All(report.GetProperty("openProblems").EnumerateArray(), p => Assert.DoesNotContain("B 的", p.GetProperty("title").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_company_cannot_plan_maintenance_of_another_companys_facility()
    {
        var (a, b) = (fixture.CompanyA, fixture.CompanyB);
        var facility = await b.AddFacilityAsync(b.PropertyIds[0]);

        var problem = await (await a.Head("engineering").PostJsonAsync("/api/engineering/maintenance-plans", new
        {
            facilityId = TestCompany.IdOf(facility), title = "x", interval = "months", intervalLength = 1, firstDueOn = "2026-12-01", leadDays = 3,
        })).ReadAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["facilityId"], problem.ErrorFields());
    }

    [Fact]
    public async Task With_engineering_switched_off_its_ledger_projects_time_limits_and_report_are_404()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);
        var facility = await company.AddFacilityAsync(company.PropertyIds[0]);
        await (await company.Admin.PutJsonAsync("/api/platform/modules/engineering", new { enabled = false })).ReadAsync(HttpStatusCode.OK);

        foreach (var url in new[]
                 {
                     "/api/engineering/facilities/aging", $"/api/engineering/facilities/{TestCompany.IdOf(facility)}/maintenance-records",
                     "/api/engineering/maintenance-plans", "/api/engineering/projects", "/api/engineering/time-limits", "/api/engineering/reports/meeting",
                 })
        {
            await (await company.Manager.GetAsync(url)).ReadAsync(HttpStatusCode.NotFound);
        }

        await (await company.Head("engineering").PutJsonAsync("/api/engineering/time-limits", new
        {
            limits = new[] { new { category = "civil", priority = "low", hours = 100 } },
        })).ReadAsync(HttpStatusCode.NotFound);
    }
}
