using System.Net;
using System.Text.Json;
using Estate.Testing;
using static Estate.Modules.CustomerService.Tests.CustomerServiceRequests;

namespace Estate.Modules.CustomerService.Tests;

/// <summary>A complaint's handling as the service desk sees it: responded, resolved, followed up, closed, reopened.</summary>
[Collection(CustomerServiceHostCollection.Name)]
public sealed class ComplaintTests(CustomerServiceHostFixture fixture)
{
    private HttpClient Staff => fixture.CompanyA.Staff("customer-service");

    [Fact]
    public async Task A_complaint_goes_from_open_to_closed_with_its_times_against_the_targets()
    {
        var (unit, owner) = await Staff.CreateHomeAsync(fixture.CompanyA.PropertyIds[0]);
        var complaint = await Staff.OpenComplaintAsync(fixture.CompanyA.PropertyIds[0], "noise", ownerId: TestCompany.IdOf(owner));

        Assert.Equal("open", complaint.GetProperty("status").GetString());
        Assert.StartsWith("TS-", complaint.GetProperty("number").GetString(), StringComparison.Ordinal);
        Assert.Equal(TestCompany.IdOf(unit), complaint.GetProperty("unitId").GetGuid());
        Assert.Equal("王建国", complaint.GetProperty("contactName").GetString());
        Assert.Equal("138 0013 8000", complaint.GetProperty("contactPhone").GetString());
        var opened = complaint.GetProperty("openedAt").GetDateTimeOffset();
        Assert.Equal(opened.AddHours(24), complaint.GetProperty("responseDueAt").GetDateTimeOffset());
        Assert.Equal(opened.AddDays(7), complaint.GetProperty("closeDueAt").GetDateTimeOffset());

        complaint = await Staff.ActAsync(complaint, "respond", new { note = "已联系施工方，今晚起十点后停工" });
        Assert.Equal("responded", complaint.GetProperty("status").GetString());
        Assert.False(complaint.GetProperty("isResponseOverdue").GetBoolean());
        Assert.True(complaint.GetProperty("firstResponseHours").GetDecimal() < 1m);

        complaint = await Staff.ActAsync(complaint, "resolve", new { note = "施工方已承诺并执行" });
        complaint = await Staff.ActAsync(complaint, "follow-up", new { satisfaction = "satisfied", note = "业主表示满意" });
        complaint = await Staff.ActAsync(complaint, "close");

        var read = await fixture.CompanyA.ReadOnly.GetJsonAsync($"{Api}/complaints/{TestCompany.IdOf(complaint)}");
        Assert.Equal("closed", read.GetProperty("status").GetString());
        Assert.Equal("satisfied", read.GetProperty("followUpSatisfaction").GetString());
        Assert.False(read.GetProperty("isCloseOverdue").GetBoolean());
        Assert.Equal(JsonValueKind.Null, read.GetProperty("workOrder").ValueKind);
    }

    [Fact]
    public async Task A_closed_complaint_is_reopened_with_a_fresh_deadline_and_its_first_response_kept()
    {
        var complaint = await Staff.OpenComplaintAsync(fixture.CompanyA.PropertyIds[0], "parking");
        complaint = await Staff.ActAsync(complaint, "resolve", new { note = "已通知车主挪车" });
        var firstResponse = complaint.GetProperty("firstRespondedAt").GetDateTimeOffset();
        complaint = await Staff.ActAsync(complaint, "close");

        var reopened = await Staff.ActAsync(complaint, "reopen", new { reason = "车位又被占用" });

        Assert.Equal("responded", reopened.GetProperty("status").GetString());
        Assert.Equal(1, reopened.GetProperty("reopenCount").GetInt32());
        Assert.Equal(firstResponse, reopened.GetProperty("firstRespondedAt").GetDateTimeOffset());
        Assert.Equal(JsonValueKind.Null, reopened.GetProperty("closedAt").ValueKind);
        Assert.True(reopened.GetProperty("closeDueAt").GetDateTimeOffset() > complaint.GetProperty("closeDueAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task Steps_out_of_order_and_stale_versions_are_409()
    {
        var complaint = await Staff.OpenComplaintAsync(fixture.CompanyA.PropertyIds[1], "fees");

        var close = await Staff.ActAsync(complaint, "close", expected: HttpStatusCode.Conflict);
        var followUp = await Staff.ActAsync(complaint, "follow-up", new { satisfaction = "neutral" }, HttpStatusCode.Conflict);
        await Staff.ActAsync(complaint, "respond", new { note = "已转财务核对账单" });
        var stale = await Staff.ActAsync(complaint, "resolve", new { note = "read before the response" }, HttpStatusCode.Conflict);

        Assert.Equal("complaint.cannot_close", close.GetProperty("code").GetString());
        Assert.Equal("complaint.cannot_follow_up", followUp.GetProperty("code").GetString());
        Assert.Equal("stale", stale.GetProperty("code").GetString());
    }

    [Fact]
    public async Task The_department_of_the_category_acts_where_the_company_has_it_else_customer_service()
    {
        var cleaning = await Staff.OpenComplaintAsync(fixture.CompanyA.PropertyIds[0], "cleaning");
        var named = await (await Staff.PostJsonAsync($"{Api}/complaints", new
        {
            propertyId = fixture.CompanyA.PropertyIds[0], kind = "suggestion", category = "other", channel = "online", title = "建议增加充电桩", responsibleDepartment = "engineering",
        })).ReadAsync(HttpStatusCode.Created);

        Assert.Equal("customer-service", cleaning.GetProperty("responsibleDepartment").GetString());
        Assert.Equal("engineering", named.GetProperty("responsibleDepartment").GetString());
        Assert.Equal(JsonValueKind.Null, named.GetProperty("workOrder").ValueKind);
    }

    [Fact]
    public async Task Changed_targets_apply_to_complaints_that_come_in_afterwards()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);
        var head = company.Head("customer-service");
        var defaults = await head.GetJsonAsync($"{Api}/settings/service-targets");
        Assert.Equal((24, 7, 0u), (defaults.GetProperty("firstResponseHours").GetInt32(), defaults.GetProperty("closeWithinDays").GetInt32(), defaults.GetProperty("version").GetUInt32()));

        var changed = await (await head.PutJsonAsync($"{Api}/settings/service-targets", new { firstResponseHours = 4, closeWithinDays = 3, version = 0 })).ReadAsync(HttpStatusCode.OK);
        var staleAgain = await (await head.PutJsonAsync($"{Api}/settings/service-targets", new { firstResponseHours = 8, closeWithinDays = 3, version = 0 })).ReadAsync(HttpStatusCode.Conflict);
        var byStaff = await company.Staff("customer-service").PutJsonAsync($"{Api}/settings/service-targets", new { firstResponseHours = 8, closeWithinDays = 3, version = changed.GetProperty("version").GetUInt32() });
        var complaint = await company.Staff("customer-service").OpenComplaintAsync(company.PropertyIds[0]);

        Assert.Equal("stale", staleAgain.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, byStaff.StatusCode);
        var opened = complaint.GetProperty("openedAt").GetDateTimeOffset();
        Assert.Equal(opened.AddHours(4), complaint.GetProperty("responseDueAt").GetDateTimeOffset());
        Assert.Equal(opened.AddDays(3), complaint.GetProperty("closeDueAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task Lists_filter_by_status_category_and_department()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);
        var staff = company.Staff("customer-service");
        var noise = await staff.OpenComplaintAsync(company.PropertyIds[0], "noise");
        await staff.OpenComplaintAsync(company.PropertyIds[1], "parking");
        await staff.ActAsync(noise, "respond", new { note = "已处理" });

        var responded = await staff.GetJsonAsync($"{Api}/complaints?status=responded");
        var parking = await staff.GetJsonAsync($"{Api}/complaints?category=parking&propertyId={company.PropertyIds[1]}");
        var ours = await staff.GetJsonAsync($"{Api}/complaints?department=customer-service&overdue=false");

        Assert.Equal(TestCompany.IdOf(noise), TestCompany.IdOf(Assert.Single(responded.GetProperty("items").EnumerateArray())));
        Assert.Equal(1, parking.GetProperty("totalCount").GetInt32());
        Assert.Equal(2, ours.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Bad_complaints_are_400_naming_each_field()
    {
        var missing = await (await Staff.PostJsonAsync($"{Api}/complaints", new { description = "no title" })).ReadAsync(HttpStatusCode.BadRequest);
        var department = await (await Staff.PostJsonAsync($"{Api}/complaints", new
        {
            propertyId = fixture.CompanyA.PropertyIds[0], kind = "complaint", category = "noise", channel = "phone", title = "t", responsibleDepartment = "Front Desk!",
        })).ReadAsync(HttpStatusCode.BadRequest);
        var channel = await Staff.PostAsync($"{Api}/complaints", new StringContent(
            $$"""{"propertyId":"{{fixture.CompanyA.PropertyIds[0]}}","kind":"complaint","category":"noise","channel":"pigeon","title":"t"}""",
            System.Text.Encoding.UTF8, "application/json"));
        var (unitOfB, _) = await fixture.CompanyB.Staff("customer-service").CreateHomeAsync(fixture.CompanyB.PropertyIds[0]);
        var foreignUnit = await (await Staff.PostJsonAsync($"{Api}/complaints", NewComplaint(fixture.CompanyA.PropertyIds[0], unitId: TestCompany.IdOf(unitOfB))))
            .ReadAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["category", "channel", "kind", "propertyId", "title"], missing.ErrorFields().Order(StringComparer.Ordinal));
        Assert.Equal(["responsibleDepartment"], department.ErrorFields());
        Assert.Equal(["channel"], (await channel.ReadAsync(HttpStatusCode.BadRequest)).ErrorFields());
        Assert.Equal(["unitId"], foreignUnit.ErrorFields());
    }
}
