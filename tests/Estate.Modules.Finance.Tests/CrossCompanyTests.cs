using System.Net;
using System.Text.Json;
using Estate.Testing;

namespace Estate.Modules.Finance.Tests;

/// <summary>Company A asks for company B's finance records through every endpoint: each is answered as missing and never listed.</summary>
[Collection(FinanceHostCollection.Name)]
public sealed class CrossCompanyTests(FinanceHostFixture fixture)
{
    [Fact]
    public async Task Every_finance_endpoint_answers_404_to_another_company_and_no_list_shows_its_rows()
    {
        var (a, b) = (fixture.CompanyA, fixture.CompanyB);
        var unitOfB = (await b.AddUnitsAsync(b.PropertyIds[0], $"B{Guid.NewGuid():N}"[..8], ("B-101", 100m)))[0];
        var feeOfB = await b.AddFeeItemAsync("B 的物业费", "perUnit", 50m, b.PropertyIds[0]);
        await b.GenerateAsync(CompanyTime.Period(-1));
        var billOfB = (await b.BillsAsync($"unitId={unitOfB.Id()}")).First();
        var paymentOfB = await (await b.PayAsync(unitOfB.Id(), 10m, $"B-{Guid.NewGuid():N}"[..12])).ReadAsync(HttpStatusCode.Created);
        var budgetOfB = await b.SetBudgetAsync($"b-{Guid.NewGuid():N}"[..10], CompanyTime.Today.Year, 1000m);
        var requestOfB = await b.AskForFundsAsync("engineering", 500m, "B 的申请");
        var spaceOfB = await (await b.Staff("finance").PostJsonAsync($"{FinanceRequests.Api}/parking-spaces", new { unitId = unitOfB.Id(), number = "B-P1" }))
            .ReadAsync(HttpStatusCode.Created);
        var (head, staff) = (a.Head("finance"), a.Staff("finance"));
        var api = FinanceRequests.Api;

        foreach (var url in new[]
                 {
                     $"{api}/fee-items/{feeOfB.Id()}", $"{api}/bills/{billOfB.Id()}", $"{api}/payments/{paymentOfB.Id()}", $"{api}/budgets/{budgetOfB.Id()}",
                     $"{api}/fund-requests/{requestOfB.Id()}",
                 })
        {
            await (await head.GetAsync(url)).ReadAsync(HttpStatusCode.NotFound);
        }

        await (await head.PutJsonAsync($"{api}/fee-items/{feeOfB.Id()}", feeOfB.With(new { name = "x", unitPrice = 1 }))).ReadAsync(HttpStatusCode.NotFound);
        await (await head.PutJsonAsync($"{api}/budgets/{budgetOfB.Id()}", budgetOfB.With(new { amount = 1 }))).ReadAsync(HttpStatusCode.NotFound);
        await (await head.PostJsonAsync($"{api}/fund-requests/{requestOfB.Id()}/decision", requestOfB.With(new { decision = "rejected", reason = "x" })))
            .ReadAsync(HttpStatusCode.NotFound);
        await (await staff.PostJsonAsync($"{api}/parking-spaces/{spaceOfB.Id()}/release", spaceOfB.With(new { }))).ReadAsync(HttpStatusCode.NotFound);
        var payB = await (await a.PayAsync(unitOfB.Id(), 10m, "A-X1")).ReadAsync(HttpStatusCode.BadRequest);
        var parkB = await (await staff.PostJsonAsync($"{api}/parking-spaces", new { unitId = unitOfB.Id(), number = "A-P1" })).ReadAsync(HttpStatusCode.BadRequest);
        var spendB = await (await staff.PostJsonAsync($"{api}/expenses", new { budgetId = budgetOfB.Id(), amount = 1, spentOn = CompanyTime.Iso(CompanyTime.Today), description = "x" }))
            .ReadAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["unitId"], payB.ErrorFields());
        Assert.Equal(["unitId"], parkB.ErrorFields());
        Assert.Equal(["budgetId"], spendB.ErrorFields());
        var listsOfA = new[]
        {
            "fee-items", "bills", "payments", "units", "parking-spaces?includeReleased=true", "budgets", "fund-requests", "expenses", "billing-runs", "arrears/units",
        };
        foreach (var list in listsOfA)
        {
            var page = await staff.GetJsonAsync($"{api}/{list}{(list.Contains('?', StringComparison.Ordinal) ? "&" : "?")}pageSize=100");
            var ids = page.GetProperty("items").EnumerateArray().Select(i => i.TryGetProperty("id", out var id) ? id.GetGuid() : i.GetProperty("unitId").GetGuid()).ToList();
            Assert.DoesNotContain(feeOfB.Id(), ids);
            Assert.DoesNotContain(billOfB.Id(), ids);
            Assert.DoesNotContain(paymentOfB.Id(), ids);
            Assert.DoesNotContain(unitOfB.Id(), ids);
            Assert.DoesNotContain(budgetOfB.Id(), ids);
            Assert.DoesNotContain(requestOfB.Id(), ids);
            Assert.DoesNotContain(spaceOfB.Id(), ids);
        }

        var arrearsOfA = await staff.GetJsonAsync($"{api}/arrears?propertyId={b.PropertyIds[0]}");
        var collectionOfA = await staff.GetJsonAsync($"{api}/collection?period={CompanyTime.Period(-1)}&propertyId={b.PropertyIds[0]}");
        Assert.Equal(0m, arrearsOfA.Decimal("total"));
        Assert.Equal(0m, collectionOfA.Decimal("due"));
        var untouched = await b.Head("finance").GetJsonAsync($"{api}/fund-requests/{requestOfB.Id()}");
        Assert.Equal("pending", untouched.GetProperty("status").GetString());
    }
}
