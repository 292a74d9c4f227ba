using System.Net;
using Estate.Testing;

namespace Estate.Modules.Meetings.Tests;

/// <summary>Resource allocation: requests by department, the meeting's decisions, and money with finance on and off.</summary>
[Collection(MeetingsHostCollection.Name)]
public sealed class ResourceRequestTests(MeetingsHostFixture fixture)
{
    [Fact]
    public async Task Without_finance_a_money_decision_is_recorded_in_the_meeting_only()
    {
        var company = await TestCompany.CreateAsync(fixture.Host, modules: ["engineering", "probe", "meetings"]);
        var meeting = (await company.PlanMeetingAsync(DateTimeOffset.UtcNow.AddDays(1), "路灯改造资金协调会")).Id();
        var asked = await (await company.Head("engineering").PostJsonAsync($"/api/meetings/meetings/{meeting}/resource-requests", new
        {
            department = "engineering", kind = "money", description = "主干道路灯改造", reason = "路灯老化，夜间照明不足", amount = 48000, propertyId = company.PropertyIds[0],
        })).ReadAsync(HttpStatusCode.Created);

        var decided = await (await company.Manager.PostJsonAsync($"/api/meetings/resource-requests/{asked.Id()}/decision", new
        {
            decision = "partlyApproved", granted = 30000, note = "先改造一期", conflictNote = "保洁部同期申请外包费用，优先路灯", version = asked.GetProperty("version").GetUInt32(),
        })).ReadAsync(HttpStatusCode.OK);

        Assert.Equal(System.Text.Json.JsonValueKind.Null, asked.GetProperty("budgetRemaining").ValueKind);
        Assert.Equal("pending", asked.GetProperty("decision").GetString());
        Assert.Equal("partlyApproved", decided.GetProperty("decision").GetString());
        Assert.Equal(30000m, decided.GetProperty("approvedAmount").GetDecimal());
        Assert.Equal("recordedInMeetingOnly", decided.GetProperty("financeRoute").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, decided.GetProperty("fundRequestId").ValueKind);
        await company.CloseAsync(meeting);
        var html = await (await company.Manager.GetAsync($"/api/meetings/meetings/{meeting}/minutes.html")).Content.ReadAsStringAsync();
        Assert.Contains("部分批准", html, StringComparison.Ordinal);
        Assert.Contains("财务模块未启用，仅记录于会议", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_finance_on_a_money_request_shows_the_budget_check_and_what_is_granted_goes_to_finance_and_its_decision_comes_back()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);
        var year = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).Year;
        await (await company.Head("finance").PostJsonAsync("/api/finance/budgets", new { department = "engineering", year, amount = 100000 })).ReadAsync(HttpStatusCode.Created);
        var meeting = (await company.PlanMeetingAsync(DateTimeOffset.UtcNow.AddDays(1), "资金协调会")).Id();
        var lights = await AskForMoneyAsync(company, meeting, 48000);

        var decided = await (await company.Manager.PostJsonAsync($"/api/meetings/resource-requests/{lights.Id()}/decision", new
        {
            decision = "approved", version = lights.GetProperty("version").GetUInt32(),
        })).ReadAsync(HttpStatusCode.OK);
        var fundRequest = await (await company.Head("finance").GetAsync($"/api/finance/fund-requests/{decided.GetProperty("fundRequestId").GetGuid()}")).ReadAsync(HttpStatusCode.OK);
        await (await company.Head("finance").PostJsonAsync($"/api/finance/fund-requests/{fundRequest.Id()}/decision", new
        {
            decision = "approved", version = fundRequest.GetProperty("version").GetUInt32(),
        })).ReadAsync(HttpStatusCode.OK);
        var second = await AskForMoneyAsync(company, meeting, 60000);
        var again = await (await company.Manager.PostJsonAsync($"/api/meetings/resource-requests/{decided.Id()}/decision", new
        {
            decision = "rejected", version = decided.GetProperty("version").GetUInt32(),
        })).ReadAsync(HttpStatusCode.Conflict);
        var heard = await ReachesAsync(
            async () => (await company.AgendaAsync(meeting)).Items("resourceRequests").Single(r => r.Id() == lights.Id()),
            r => r.GetProperty("financeStatus").GetString() == "Approved");

        Assert.Equal(100000m, lights.GetProperty("budgetRemaining").GetDecimal());
        Assert.True(lights.GetProperty("budgetSufficient").GetBoolean());
        Assert.Equal("sentToFinance", decided.GetProperty("financeRoute").GetString());
        Assert.Equal("Pending", decided.GetProperty("financeStatus").GetString());
        Assert.Equal("engineering", fundRequest.GetProperty("department").GetString());
        Assert.Equal(48000m, fundRequest.GetProperty("requestedAmount").GetDecimal());
        Assert.Equal("meetings.resource-request", fundRequest.GetProperty("referenceType").GetString());
        Assert.Equal(52000m, second.GetProperty("budgetRemaining").GetDecimal());
        Assert.False(second.GetProperty("budgetSufficient").GetBoolean());
        Assert.Equal("resource_request.with_finance", again.GetProperty("code").GetString());
        Assert.Equal(48000m, heard.GetProperty("financeApprovedAmount").GetDecimal());
    }

    [Fact]
    public async Task People_and_materials_are_decided_by_managers_only_and_a_partial_grant_must_be_less_than_asked()
    {
        var company = fixture.CompanyA;
        var meeting = (await company.PlanMeetingAsync(DateTimeOffset.UtcNow.AddDays(1))).Id();
        var asked = await (await company.Staff("probe").PostJsonAsync($"/api/meetings/meetings/{meeting}/resource-requests", new
        {
            department = "probe", kind = "people", description = "临时增派保洁人员", reason = "垃圾清运不及时", quantity = 2,
        })).ReadAsync(HttpStatusCode.Created);
        var version = asked.GetProperty("version").GetUInt32();

        await (await company.Head("probe").PostJsonAsync($"/api/meetings/resource-requests/{asked.Id()}/decision", new { decision = "approved", version }))
            .ReadAsync(HttpStatusCode.Forbidden);
        var tooMuch = await (await company.Manager.PostJsonAsync($"/api/meetings/resource-requests/{asked.Id()}/decision", new { decision = "partlyApproved", granted = 2, version }))
            .ReadAsync(HttpStatusCode.Conflict);
        var approved = await (await company.Manager.PostJsonAsync($"/api/meetings/resource-requests/{asked.Id()}/decision", new { decision = "approved", version }))
            .ReadAsync(HttpStatusCode.OK);

        Assert.Equal("resource_request.bad_part", tooMuch.GetProperty("code").GetString());
        Assert.Equal(2m, approved.GetProperty("approvedQuantity").GetDecimal());
        Assert.Equal("notApplicable", approved.GetProperty("financeRoute").GetString());
    }

    // Finance's decision comes back through the outbox, in the background.
    private static async Task<System.Text.Json.JsonElement> ReachesAsync(Func<Task<System.Text.Json.JsonElement>> read, Func<System.Text.Json.JsonElement, bool> done)
    {
        for (var deadline = DateTime.UtcNow.AddSeconds(30); ; await Task.Delay(100))
        {
            var value = await read();
            if (done(value) || DateTime.UtcNow > deadline)
            {
                return value;
            }
        }
    }

    private static async Task<System.Text.Json.JsonElement> AskForMoneyAsync(TestCompany company, Guid meeting, decimal amount) =>
        await (await company.Head("engineering").PostJsonAsync($"/api/meetings/meetings/{meeting}/resource-requests", new
        {
            department = "engineering", kind = "money", description = "主干道路灯改造", reason = "路灯老化，夜间照明不足", amount, propertyId = company.PropertyIds[0],
        })).ReadAsync(HttpStatusCode.Created);
}
