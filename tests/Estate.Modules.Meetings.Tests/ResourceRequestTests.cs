using System.Net;
using Estate.Testing;

namespace Estate.Modules.Meetings.Tests;

/// <summary>Resource allocation: requests by department, the meeting's decisions, and money without a finance module.</summary>
[Collection(MeetingsHostCollection.Name)]
public sealed class ResourceRequestTests(MeetingsHostFixture fixture)
{
    [Fact]
    public async Task Without_finance_a_money_decision_is_recorded_in_the_meeting_only()
    {
        var company = fixture.CompanyA;
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
}
