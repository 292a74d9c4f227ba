using System.Net;
using Estate.Modules.Finance.Contracts;
using Estate.SharedKernel.Modules;
using Estate.Testing;

namespace Estate.Modules.Finance.Tests;

/// <summary>A company that switches finance off: its endpoints answer 404, its requests are refused, its data stays.</summary>
[Collection(FinanceHostCollection.Name)]
public sealed class ModuleSwitchTests(FinanceHostFixture fixture)
{
    [Fact]
    public async Task Finance_switched_off_answers_404_refuses_its_requests_and_keeps_its_data()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);
        var fee = await company.AddFeeItemAsync("物业服务费", "perUnit", 10m);

        await (await company.Admin.PutJsonAsync("/api/platform/modules/finance", new { enabled = false })).ReadAsync(HttpStatusCode.OK);
        await (await company.Head("finance").GetAsync($"{FinanceRequests.Api}/fee-items/{fee.Id()}")).ReadAsync(HttpStatusCode.NotFound);
        await (await company.Staff("finance").PostJsonAsync($"{FinanceRequests.Api}/billing-runs", new { period = CompanyTime.Period(0) })).ReadAsync(HttpStatusCode.NotFound);
        await (await company.Manager.GetAsync($"{FinanceRequests.Api}/reports/meeting")).ReadAsync(HttpStatusCode.NotFound);
        await Assert.ThrowsAsync<ModuleDisabledException>(() => fixture.SendAsync(company.Id, new RequestFunds("engineering", "x", 1m, null, null, null)));
        await Assert.ThrowsAsync<ModuleDisabledException>(() => fixture.SendAsync(company.Id, new CheckBudget("engineering", 1m, CompanyTime.Today)));
        await (await company.Admin.PutJsonAsync("/api/platform/modules/finance", new { enabled = true })).ReadAsync(HttpStatusCode.OK);

        var back = await company.Head("finance").GetJsonAsync($"{FinanceRequests.Api}/fee-items/{fee.Id()}");
        Assert.Equal("物业服务费", back.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Reads_are_for_the_company_and_owners_accounts_for_finance_only()
    {
        var company = fixture.CompanyA;

        await (await company.ReadOnly.GetAsync($"{FinanceRequests.Api}/fee-items")).ReadAsync(HttpStatusCode.OK);
        await (await company.Staff("engineering").GetAsync($"{FinanceRequests.Api}/budgets")).ReadAsync(HttpStatusCode.OK);
        await (await company.ReadOnly.GetAsync($"{FinanceRequests.Api}/bills")).ReadAsync(HttpStatusCode.Forbidden);
        await (await company.Staff("engineering").GetAsync($"{FinanceRequests.Api}/payments")).ReadAsync(HttpStatusCode.Forbidden);
        await (await company.Staff("engineering").PostJsonAsync($"{FinanceRequests.Api}/payments", new { })).ReadAsync(HttpStatusCode.Forbidden);
        await (await company.Staff("finance").PostJsonAsync($"{FinanceRequests.Api}/fee-items", new { })).ReadAsync(HttpStatusCode.Forbidden);
        await (await company.Staff("finance").PostJsonAsync($"{FinanceRequests.Api}/budgets", new { })).ReadAsync(HttpStatusCode.Forbidden);
    }
}
