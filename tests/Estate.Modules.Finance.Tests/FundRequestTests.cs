using System.Net;
using System.Text.Json;
using Estate.Modules.Finance.Contracts;
using Estate.Testing;

namespace Estate.Modules.Finance.Tests;

/// <summary>Yearly budgets, fund requests decided against what is left of them, expenses, and the decision published to the asker.</summary>
[Collection(FinanceHostCollection.Name)]
public sealed class FundRequestTests(FinanceHostFixture fixture)
{
    private static int Year => CompanyTime.Today.Year;

    [Fact]
    public async Task Fund_requests_are_approved_partly_approved_or_rejected_against_the_remaining_budget()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);
        var budget = await company.SetBudgetAsync("engineering", Year, 100_000m);
        var untouched = await fixture.SendAsync(company.Id, new CheckBudget("engineering", 30_000m, CompanyTime.Today));

        var lights = await company.AskForFundsAsync("engineering", 60_000m);
        var approved = await (await company.DecideAsync(lights.Id(), new { decision = "approved" })).ReadAsync(HttpStatusCode.OK);
        var pumps = await company.AskForFundsAsync("engineering", 50_000m, "更换生活水泵");
        var overBudget = await (await company.DecideAsync(pumps.Id(), new { decision = "approved" })).ReadAsync(HttpStatusCode.Conflict);
        var part = await (await company.DecideAsync(pumps.Id(), new { decision = "partlyApproved", approvedAmount = 30_000m, reason = "先换一台" })).ReadAsync(HttpStatusCode.OK);
        var gates = await company.AskForFundsAsync("engineering", 20_000m, "道闸更换");
        var noReason = await (await company.DecideAsync(gates.Id(), new { decision = "rejected" })).ReadAsync(HttpStatusCode.BadRequest);
        var rejected = await (await company.DecideAsync(gates.Id(), new { decision = "rejected", reason = "本年度预算已用于水泵" })).ReadAsync(HttpStatusCode.OK);
        var again = await (await company.DecideAsync(gates.Id(), new { decision = "approved" })).ReadAsync(HttpStatusCode.Conflict);
        var urgent = await company.AskForFundsAsync("engineering", 25_000m, "电梯困人故障紧急维修");
        var overridden = await (await company.DecideAsync(urgent.Id(), new { decision = "approved", overBudget = true })).ReadAsync(HttpStatusCode.OK);
        var afterwards = await fixture.SendAsync(company.Id, new CheckBudget("engineering", 1m, CompanyTime.Today));
        var budgetNow = await company.ReadOnly.GetJsonAsync($"{FinanceRequests.Api}/budgets/{budget.Id()}");

        Assert.Equal(new BudgetCheck(100_000m, 0m, 100_000m, true), untouched.Value);
        Assert.Equal("pending", lights.GetProperty("status").GetString());
        Assert.Equal("approved", approved.GetProperty("status").GetString());
        Assert.Equal(60_000m, approved.Decimal("approvedAmount"));
        Assert.Equal(Year, approved.GetProperty("budgetYear").GetInt32());
        Assert.Equal("fund_request.over_budget", overBudget.GetProperty("code").GetString());
        Assert.Contains("40000.00", overBudget.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("partlyApproved", part.GetProperty("status").GetString());
        Assert.Equal(30_000m, part.Decimal("approvedAmount"));
        Assert.Equal("先换一台", part.GetProperty("decisionReason").GetString());
        Assert.Equal(["reason"], noReason.ErrorFields());
        Assert.Equal("rejected", rejected.GetProperty("status").GetString());
        Assert.Equal(0m, rejected.Decimal("approvedAmount"));
        Assert.Equal("fund_request.already_decided", again.GetProperty("code").GetString());
        Assert.True(overridden.GetProperty("approvedOverBudget").GetBoolean());
        Assert.False(approved.GetProperty("approvedOverBudget").GetBoolean());
        Assert.Equal(new BudgetCheck(100_000m, 115_000m, -15_000m, false), afterwards.Value);
        Assert.Equal(115_000m, budgetNow.Decimal("committed"));
        Assert.Equal(-15_000m, budgetNow.Decimal("remaining"));
        Assert.Equal(115m, budgetNow.Decimal("usedRate"));
        var pending = await company.Head("finance").GetJsonAsync($"{FinanceRequests.Api}/fund-requests?status=pending");
        Assert.Equal(0, pending.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_partial_approval_must_be_less_than_asked_and_a_budget_is_one_per_department_and_year()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);
        await company.SetBudgetAsync("cleaning", Year, 50_000m);
        var asked = await company.AskForFundsAsync("cleaning", 10_000m, "洗地机");

        var tooMuch = await (await company.DecideAsync(asked.Id(), new { decision = "partlyApproved", approvedAmount = 10_000m })).ReadAsync(HttpStatusCode.Conflict);
        var duplicate = await (await company.Head("finance").PostJsonAsync($"{FinanceRequests.Api}/budgets", new { department = "cleaning", year = Year, amount = 1m }))
            .ReadAsync(HttpStatusCode.Conflict);

        Assert.Equal("fund_request.bad_part", tooMuch.GetProperty("code").GetString());
        Assert.Equal("budget.exists", duplicate.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Expenses_are_booked_against_a_budget_and_within_an_approved_fund_request()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);
        var budget = await company.SetBudgetAsync("security", Year, 200_000m);
        var cameras = await company.AskForFundsAsync("security", 80_000m, "监控摄像头更换");
        await (await company.DecideAsync(cameras.Id(), new { decision = "approved" })).ReadAsync(HttpStatusCode.OK);
        var waiting = await company.AskForFundsAsync("security", 5_000m, "对讲机");
        var staff = company.Staff("finance");
        object Expense(decimal amount, Guid? fundRequestId = null, string? spentOn = null) => new
        {
            budgetId = budget.Id(), fundRequestId, amount, spentOn = spentOn ?? CompanyTime.Iso(CompanyTime.Today), description = "采购", payee = "安达安防器材有限公司",
        };

        var first = await (await staff.PostJsonAsync($"{FinanceRequests.Api}/expenses", Expense(45_000m, cameras.Id()))).ReadAsync(HttpStatusCode.Created);
        var beyond = await (await staff.PostJsonAsync($"{FinanceRequests.Api}/expenses", Expense(35_000.01m, cameras.Id()))).ReadAsync(HttpStatusCode.Conflict);
        var onWaiting = await (await staff.PostJsonAsync($"{FinanceRequests.Api}/expenses", Expense(100m, waiting.Id()))).ReadAsync(HttpStatusCode.Conflict);
        var lastYear = await (await staff.PostJsonAsync($"{FinanceRequests.Api}/expenses", Expense(100m, spentOn: $"{Year - 1}-12-31"))).ReadAsync(HttpStatusCode.Conflict);
        await (await staff.PostJsonAsync($"{FinanceRequests.Api}/expenses", Expense(5_000m))).ReadAsync(HttpStatusCode.Created);
        var now = await company.ReadOnly.GetJsonAsync($"{FinanceRequests.Api}/budgets/{budget.Id()}");
        var request = await company.ReadOnly.GetJsonAsync($"{FinanceRequests.Api}/fund-requests/{cameras.Id()}");
        var listed = await staff.GetJsonAsync($"{FinanceRequests.Api}/expenses?fundRequestId={cameras.Id()}");

        Assert.Equal(45_000m, first.Decimal("amount"));
        Assert.Equal("expense.exceeds_fund_request", beyond.GetProperty("code").GetString());
        Assert.Equal("expense.fund_request_not_usable", onWaiting.GetProperty("code").GetString());
        Assert.Equal("expense.outside_budget_year", lastYear.GetProperty("code").GetString());
        Assert.Equal(85_000m, now.Decimal("committed"));
        Assert.Equal(50_000m, now.Decimal("spent"));
        Assert.Equal(115_000m, now.Decimal("remaining"));
        Assert.Equal(45_000m, request.Decimal("spent"));
        Assert.Equal(1, listed.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_decision_publishes_FundRequestDecided_with_the_reference_and_reason()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);
        var reference = Guid.NewGuid();
        var receipt = await fixture.SendAsync(company.Id, new RequestFunds("cleaning", "垃圾分类亭新增4座", 28_000m, company.PropertyIds[0], "meetings.resource-request", reference));
        var retried = await fixture.SendAsync(company.Id, new RequestFunds("cleaning", "垃圾分类亭新增4座", 28_000m, company.PropertyIds[0], "meetings.resource-request", reference));

        await (await company.DecideAsync(receipt.Value.FundRequestId, new { decision = "rejected", reason = "明年统一规划" })).ReadAsync(HttpStatusCode.OK);

        Assert.Equal(FundRequestStatus.Pending, receipt.Value.Status);
        Assert.Equal(receipt.Value.FundRequestId, retried.Value.FundRequestId);
        var payloads = await fixture.Database.ColumnAsync(
            $"SELECT payload::text FROM finance.outbox_messages WHERE type LIKE 'Estate.Modules.Finance.Contracts.FundRequestDecided,%' AND payload->>'fundRequestId' = '{receipt.Value.FundRequestId}'");
        var decided = JsonDocument.Parse(Assert.Single(payloads)).RootElement;
        Assert.Equal("Rejected", decided.GetProperty("status").GetString());
        Assert.Equal("明年统一规划", decided.GetProperty("reason").GetString());
        Assert.Equal("meetings.resource-request", decided.GetProperty("referenceType").GetString());
        Assert.Equal(reference, decided.GetProperty("referenceId").GetGuid());
        Assert.Equal(28_000m, decided.GetProperty("requestedAmount").GetDecimal());
        Assert.Equal(0m, decided.GetProperty("approvedAmount").GetDecimal());
        Assert.Equal(company.Id, decided.GetProperty("organizationId").GetGuid());
    }

    [Fact]
    public async Task Fund_requests_are_submitted_by_department_heads_and_decided_only_by_finances_head_or_managers()
    {
        var company = fixture.CompanyA;
        var receipt = await (await company.Head("customer-service").PostJsonAsync($"{FinanceRequests.Api}/fund-requests", new
        {
            department = "customer-service", purpose = "业主活动物料", amount = 3_000m, propertyId = company.PropertyIds[1],
        })).ReadAsync(HttpStatusCode.Created);
        var asked = await company.Head("finance").GetJsonAsync($"{FinanceRequests.Api}/fund-requests/{receipt.GetProperty("fundRequestId").GetGuid()}");

        await (await company.Staff("engineering").PostJsonAsync($"{FinanceRequests.Api}/fund-requests", new { department = "engineering", purpose = "x", amount = 1 }))
            .ReadAsync(HttpStatusCode.Forbidden);
        await (await company.Staff("finance").PostJsonAsync($"{FinanceRequests.Api}/fund-requests/{asked.Id()}/decision", new { decision = "approved", version = 1 }))
            .ReadAsync(HttpStatusCode.Forbidden);
        await (await company.Head("engineering").PostJsonAsync($"{FinanceRequests.Api}/fund-requests/{asked.Id()}/decision", new { decision = "approved", version = 1 }))
            .ReadAsync(HttpStatusCode.Forbidden);
        var listed = await company.Staff("finance").GetJsonAsync($"{FinanceRequests.Api}/fund-requests?status=pending&department=customer-service");

        Assert.Equal("pending", receipt.GetProperty("status").GetString());
        Assert.Equal(company.PropertyIds[1], asked.GetProperty("propertyId").GetGuid());
        Assert.Contains(listed.GetProperty("items").EnumerateArray(), f => f.Id() == asked.Id());
    }
}
