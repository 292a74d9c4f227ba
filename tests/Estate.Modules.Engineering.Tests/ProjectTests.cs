using System.Net;
using System.Text.Json;
using Estate.Modules.Finance.Contracts;
using Estate.SharedKernel.Messaging;
using Estate.Testing;

namespace Estate.Modules.Engineering.Tests;

/// <summary>Renovation projects and their funding; this Host has no finance module, as a company without finance would not.</summary>
[Collection(EngineeringHostCollection.Name)]
public sealed class ProjectTests(EngineeringHostFixture fixture)
{
    private TestCompany Company => fixture.CompanyA;

    [Fact]
    public async Task A_project_is_planned_with_a_responsible_user_dates_cost_and_expected_effect()
    {
        var project = await Company.PlanProjectAsync(Company.PropertyIds[0], "主干道路灯更换为LED", 86000.50m);

        var read = await (await Company.ReadOnly.GetAsync($"/api/engineering/projects/{TestCompany.IdOf(project)}")).ReadAsync(HttpStatusCode.OK);

        Assert.Equal("主干道路灯更换为LED", read.GetProperty("title").GetString());
        Assert.Equal(Company.HeadUserId("engineering"), read.GetProperty("responsibleUserId").GetGuid());
        Assert.StartsWith("engineering-head-", read.GetProperty("responsibleName").GetString(), StringComparison.Ordinal);
        Assert.Equal(CompanyTime.Iso(CompanyTime.Today.AddDays(30)), read.GetProperty("plannedStartOn").GetString());
        Assert.Equal(86000.50m, read.GetProperty("estimatedCost").GetDecimal());
        Assert.Equal("提高夜间照明度，减少安全隐患", read.GetProperty("expectedEffect").GetString());
        Assert.Equal("planned", read.GetProperty("status").GetString());
        Assert.Equal("notRequested", read.GetProperty("fundingStatus").GetString());
    }

    [Fact]
    public async Task A_project_goes_from_planned_to_under_way_to_done_and_a_done_project_cannot_be_cancelled()
    {
        var project = await Company.PlanProjectAsync(Company.PropertyIds[1]);
        var url = $"/api/engineering/projects/{TestCompany.IdOf(project)}";
        var head = Company.Head("engineering");

        project = await head.ActAsync($"{url}/start", project);
        Assert.Equal("underWay", project.GetProperty("status").GetString());
        project = await head.ActAsync($"{url}/complete", project);
        var refused = await head.ActAsync($"{url}/cancel", project, expected: HttpStatusCode.Conflict);

        Assert.Equal("done", project.GetProperty("status").GetString());
        Assert.NotEqual(JsonValueKind.Null, project.GetProperty("finishedAt").ValueKind);
        Assert.Equal("project.cannot_cancel", refused.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Without_finance_a_funding_request_records_the_project_as_unfunded_not_as_an_error()
    {
        var project = await Company.PlanProjectAsync(Company.PropertyIds[0], estimatedCost: 120000m);
        var url = $"/api/engineering/projects/{TestCompany.IdOf(project)}";

        var asked = await Company.Head("engineering").ActAsync($"{url}/request-funding", project);
        var askedAgain = await Company.Head("engineering").ActAsync($"{url}/request-funding", asked, new { amount = 90000m });

        Assert.Equal("unfunded", asked.GetProperty("fundingStatus").GetString());
        Assert.Equal(120000m, asked.GetProperty("requestedAmount").GetDecimal());
        Assert.Equal(JsonValueKind.Null, asked.GetProperty("fundRequestId").ValueKind);
        Assert.NotEqual(JsonValueKind.Null, asked.GetProperty("fundingRequestedAt").ValueKind);
        Assert.Equal("unfunded", askedAgain.GetProperty("fundingStatus").GetString());
        Assert.Equal(90000m, askedAgain.GetProperty("requestedAmount").GetDecimal());
        var unfunded = await (await Company.ReadOnly.GetAsync("/api/engineering/projects?fundingStatus=unfunded&pageSize=100")).ReadAsync(HttpStatusCode.OK);
        Assert.Contains(unfunded.GetProperty("items").EnumerateArray(), p => TestCompany.IdOf(p) == TestCompany.IdOf(project));
    }

    [Theory]
    [InlineData(FundRequestStatus.Approved, 120000, "approved", 120000)]
    [InlineData(FundRequestStatus.PartlyApproved, 80000, "partlyApproved", 80000)]
    [InlineData(FundRequestStatus.Rejected, 0, "rejected", 0)]
    public async Task Finances_decision_on_a_projects_fund_request_is_recorded_on_the_project(FundRequestStatus decision, decimal approved, string status, decimal shown)
    {
        var project = await Company.PlanProjectAsync(Company.PropertyIds[0], estimatedCost: 120000m);
        var fundRequestId = Guid.NewGuid();

        await DeliverAsync(new FundRequestDecided(
            Company.Id, fundRequestId, "engineering", "engineering.project", TestCompany.IdOf(project), decision, 120000m, approved, DateTimeOffset.UtcNow));

        var read = await (await Company.ReadOnly.GetAsync($"/api/engineering/projects/{TestCompany.IdOf(project)}")).ReadAsync(HttpStatusCode.OK);
        Assert.Equal(status, read.GetProperty("fundingStatus").GetString());
        Assert.Equal(shown, read.GetProperty("approvedAmount").GetDecimal());
        Assert.Equal(fundRequestId, read.GetProperty("fundRequestId").GetGuid());
        Assert.NotEqual(JsonValueKind.Null, read.GetProperty("fundingDecidedAt").ValueKind);
    }

    [Fact]
    public async Task Decisions_on_fund_requests_of_other_records_leave_projects_alone()
    {
        var project = await Company.PlanProjectAsync(Company.PropertyIds[0]);

        await DeliverAsync(new FundRequestDecided(
            Company.Id, Guid.NewGuid(), "meetings", "meetings.resource-request", TestCompany.IdOf(project), FundRequestStatus.Approved, 1m, 1m, DateTimeOffset.UtcNow));

        var read = await (await Company.ReadOnly.GetAsync($"/api/engineering/projects/{TestCompany.IdOf(project)}")).ReadAsync(HttpStatusCode.OK);
        Assert.Equal("notRequested", read.GetProperty("fundingStatus").GetString());
    }

    [Fact]
    public async Task A_project_is_replanned_with_its_version_and_a_stale_version_is_409()
    {
        var project = await Company.PlanProjectAsync(Company.PropertyIds[0]);
        var url = $"/api/engineering/projects/{TestCompany.IdOf(project)}";
        var replan = new
        {
            title = "主干道及支路路灯更换为LED",
            responsibleUserId = Company.StaffUserId("engineering"),
            plannedStartOn = CompanyTime.Iso(CompanyTime.Today.AddDays(45)),
            plannedEndOn = CompanyTime.Iso(CompanyTime.Today.AddDays(90)),
            estimatedCost = 99000,
            expectedEffect = "夜间照明全覆盖",
        };

        var replanned = await (await Company.Head("engineering").PutJsonAsync(url, project.With(replan))).ReadAsync(HttpStatusCode.OK);
        var stale = await (await Company.Head("engineering").PutJsonAsync(url, project.With(replan))).ReadAsync(HttpStatusCode.Conflict);

        Assert.Equal("主干道及支路路灯更换为LED", replanned.GetProperty("title").GetString());
        Assert.Equal(Company.StaffUserId("engineering"), replanned.GetProperty("responsibleUserId").GetGuid());
        Assert.Equal("stale", stale.GetProperty("code").GetString());
    }

    [Fact]
    public async Task The_responsible_person_must_be_a_user_of_the_company()
    {
        var problem = await (await Company.Head("engineering").PostJsonAsync("/api/engineering/projects", new
        {
            propertyId = Company.PropertyIds[0],
            title = "t",
            responsibleUserId = fixture.CompanyB.HeadUserId("engineering"),
            plannedStartOn = "2027-01-01",
            plannedEndOn = "2027-02-01",
            estimatedCost = 1000,
            expectedEffect = "e",
        })).ReadAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["responsibleUserId"], problem.ErrorFields());
    }

    [Theory]
    [InlineData("""{"propertyId": "PROPERTY", "title": "t", "responsibleUserId": "USER", "plannedStartOn": "2027-02-01", "plannedEndOn": "2027-01-01", "estimatedCost": 1, "expectedEffect": "e"}""", "plannedEndOn")]
    [InlineData("""{"propertyId": "PROPERTY", "title": "t", "responsibleUserId": "USER", "plannedStartOn": "2027-01-01", "plannedEndOn": "2027-02-01", "estimatedCost": -1, "expectedEffect": "e"}""", "estimatedCost")]
    [InlineData("""{"propertyId": "PROPERTY", "title": "t", "responsibleUserId": "USER", "plannedStartOn": "2027-01-01", "plannedEndOn": "2027-02-01", "estimatedCost": 1, "expectedEffect": ""}""", "expectedEffect")]
    [InlineData("""{"propertyId": "PROPERTY", "title": "t", "responsibleUserId": "USER", "plannedEndOn": "2027-02-01", "estimatedCost": 1, "expectedEffect": "e"}""", "plannedStartOn")]
    [InlineData("""{"propertyId": "PROPERTY", "title": "t", "plannedStartOn": "2027-01-01", "plannedEndOn": "2027-02-01", "estimatedCost": 1, "expectedEffect": "e"}""", "responsibleUserId")]
    [InlineData("""{"propertyId": "PROPERTY", "title": "t", "responsibleUserId": "USER", "plannedStartOn": "2027-01-01", "plannedEndOn": "2027-02-01", "estimatedCost": "lots", "expectedEffect": "e"}""", "estimatedCost")]
    [InlineData("""{"title": "t", "responsibleUserId": "USER", "plannedStartOn": "2027-01-01", "plannedEndOn": "2027-02-01", "estimatedCost": 1, "expectedEffect": "e"}""", "propertyId")]
    public async Task A_bad_project_is_400_naming_the_field(string json, string field)
    {
        json = json.Replace("PROPERTY", Company.PropertyIds[0].ToString(), StringComparison.Ordinal)
            .Replace("USER", Company.HeadUserId("engineering").ToString(), StringComparison.Ordinal);

        var problem = await (await Company.Head("engineering").PostAsync("/api/engineering/projects", new StringContent(json, System.Text.Encoding.UTF8, "application/json")))
            .ReadAsync(HttpStatusCode.BadRequest);

        Assert.Equal([field], problem.ErrorFields());
    }

    [Fact]
    public async Task A_funding_request_for_a_negative_amount_is_400_and_staff_cannot_ask_for_funding()
    {
        var project = await Company.PlanProjectAsync(Company.PropertyIds[0]);
        var url = $"/api/engineering/projects/{TestCompany.IdOf(project)}/request-funding";

        var problem = await (await Company.Head("engineering").PostJsonAsync(url, project.With(new { amount = -5 }))).ReadAsync(HttpStatusCode.BadRequest);
        await (await Company.Staff("engineering").PostJsonAsync(url, project.With(new { }))).ReadAsync(HttpStatusCode.Forbidden);

        Assert.Equal(["amount"], problem.ErrorFields());
    }

    // As the outbox dispatcher delivers an event: in a scope acting for the event's company, then saved.
    private async Task DeliverAsync(FundRequestDecided decided)
    {
        await using var scope = EngineeringScope.For(fixture.Host, decided.OrganizationId);
        await scope.Resolve<IIntegrationEventHandler<FundRequestDecided>>().HandleAsync(decided, CancellationToken.None);
        await scope.SaveEngineeringAsync();
    }
}
