using System.Net;
using System.Text;
using Estate.Testing;

namespace Estate.Modules.Finance.Tests;

/// <summary>What a client sends wrong is a 400 naming the field.</summary>
[Collection(FinanceHostCollection.Name)]
public sealed class BadInputTests(FinanceHostFixture fixture)
{
    [Theory]
    [InlineData("fee-items", """{"name": "物业费", "unitPrice": 2.5, "activeFrom": "2024-01-01"}""", "kind")]
    [InlineData("fee-items", """{"name": "物业费", "kind": "monthly", "unitPrice": 2.5, "activeFrom": "2024-01-01"}""", "kind")]
    [InlineData("fee-items", """{"name": "物业费", "kind": "perUnit", "unitPrice": -1, "activeFrom": "2024-01-01"}""", "unitPrice")]
    [InlineData("fee-items", """{"name": "物业费", "kind": "perUnit", "unitPrice": 2.5, "activeFrom": "2024-01-01", "activeTo": "2023-12-31"}""", "activeTo")]
    [InlineData("fee-items", """{"name": "", "kind": "perUnit", "unitPrice": 2.5, "activeFrom": "2024-01-01"}""", "name")]
    [InlineData("fee-items", """{"name": "物业费", "kind": "perUnit", "unitPrice": 2.5}""", "activeFrom")]
    [InlineData("billing-runs", """{"period": "2026-13"}""", "period")]
    [InlineData("billing-runs", """{}""", "period")]
    [InlineData("billing-runs", """{"period": "2025-03", "dueOn": "2025-02-28"}""", "dueOn")]
    [InlineData("payments", """{"unitId": "00000000-0000-0000-0000-000000000001", "amount": 0, "method": "cash", "receiptNumber": "R1", "paidAt": "2025-01-01T10:00:00+08:00"}""", "amount")]
    [InlineData("payments", """{"unitId": "00000000-0000-0000-0000-000000000001", "amount": 10, "method": "bitcoin", "receiptNumber": "R1", "paidAt": "2025-01-01T10:00:00+08:00"}""", "method")]
    [InlineData("payments", """{"unitId": "00000000-0000-0000-0000-000000000001", "amount": 10, "method": "cash", "receiptNumber": "", "paidAt": "2025-01-01T10:00:00+08:00"}""", "receiptNumber")]
    [InlineData("payments", """{"unitId": "00000000-0000-0000-0000-000000000001", "amount": 10, "method": "cash", "receiptNumber": "R1"}""", "paidAt")]
    [InlineData("payments", """{"unitId": "00000000-0000-0000-0000-000000000001", "amount": 10.001, "method": "cash", "receiptNumber": "R1", "paidAt": "2025-01-01T10:00:00+08:00"}""", "amount")]
    [InlineData("payments", """{"amount": 10, "method": "cash", "receiptNumber": "R1", "paidAt": "2025-01-01T10:00:00+08:00"}""", "unitId")]
    [InlineData("payments", """{"unitId": "00000000-0000-0000-0000-000000000001", "amount": 10, "method": "cash", "receiptNumber": "R1", "paidAt": "2025-01-01T10:00:00+08:00"}""", "unitId")]
    [InlineData("budgets", """{"department": "engineering", "year": 1999, "amount": 1000}""", "year")]
    [InlineData("budgets", """{"department": "engineering", "year": 2026, "amount": -1}""", "amount")]
    [InlineData("budgets", """{"year": 2026, "amount": 1}""", "department")]
    [InlineData("fund-requests", """{"department": "engineering", "purpose": "路灯", "amount": 0}""", "amount")]
    [InlineData("fund-requests", """{"department": "engineering", "purpose": "", "amount": 10}""", "purpose")]
    [InlineData("expenses", """{"budgetId": "00000000-0000-0000-0000-000000000001", "amount": 10, "description": "x"}""", "spentOn")]
    [InlineData("parking-spaces", """{"unitId": "00000000-0000-0000-0000-000000000001", "number": ""}""", "number")]
    public async Task A_bad_body_is_400_naming_the_field(string resource, string json, string field)
    {
        var problem = await (await fixture.CompanyA.Head("finance").PostAsync($"{FinanceRequests.Api}/{resource}", new StringContent(json, Encoding.UTF8, "application/json")))
            .ReadAsync(HttpStatusCode.BadRequest);

        Assert.Equal([field], problem.ErrorFields());
    }

    [Theory]
    [InlineData("bills?period=2026-1", "period")]
    [InlineData("bills?status=late", "status")]
    [InlineData("bills?pageSize=101", "pageSize")]
    [InlineData("bills?sort=owner", "sort")]
    [InlineData("collection", "period")]
    [InlineData("collection?period=2026-10&by=floor", "by")]
    [InlineData("payments?from=2026-02-01&to=2026-01-01", "to")]
    [InlineData("arrears/units?minDaysPastDue=0", "minDaysPastDue")]
    [InlineData("fund-requests?status=maybe", "status")]
    [InlineData("budgets?year=99", "year")]
    public async Task A_bad_query_is_400_naming_the_parameter(string query, string field)
    {
        var problem = await fixture.CompanyA.Head("finance").GetJsonAsync($"{FinanceRequests.Api}/{query}", HttpStatusCode.BadRequest);

        Assert.Equal([field], problem.ErrorFields());
    }

    [Fact]
    public async Task A_decision_must_be_a_decision_and_a_partial_one_names_its_amount()
    {
        var asked = await fixture.CompanyA.AskForFundsAsync("engineering", 1_000m, "工具");
        var head = fixture.CompanyA.Head("finance");
        var url = $"{FinanceRequests.Api}/fund-requests/{asked.Id()}/decision";

        var pending = await (await head.PostJsonAsync(url, asked.With(new { decision = "pending" }))).ReadAsync(HttpStatusCode.BadRequest);
        var noAmount = await (await head.PostJsonAsync(url, asked.With(new { decision = "partlyApproved" }))).ReadAsync(HttpStatusCode.BadRequest);
        var noVersion = await (await head.PostJsonAsync(url, new { decision = "approved" })).ReadAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["decision"], pending.ErrorFields());
        Assert.Equal(["approvedAmount"], noAmount.ErrorFields());
        Assert.Equal(["version"], noVersion.ErrorFields());
    }
}
