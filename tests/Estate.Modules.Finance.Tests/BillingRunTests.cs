using System.Net;
using Estate.Testing;

namespace Estate.Modules.Finance.Tests;

/// <summary>The history of bill generations: who ran them, what each billed per fee item, and the bills of one run.</summary>
[Collection(FinanceHostCollection.Name)]
public sealed class BillingRunTests(FinanceHostFixture fixture)
{
    private const string Api = FinanceRequests.Api;

    [Fact]
    public async Task A_run_shows_who_ran_it_and_its_bills_by_fee_item_and_the_bill_list_filters_to_that_run()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);
        var units = await company.AddUnitsAsync(company.PropertyIds[0], "1栋", ("1-101", 100m), ("1-102", 80m));
        await company.AddFeeItemAsync("物业服务费", "perSquareMetre", 2m);
        await company.AddFeeItemAsync("公共区域水电分摊", "perUnit", 10m);
        var period = CompanyTime.Period(-1);
        var first = await company.GenerateAsync(period);
        await company.AddUnitsAsync(company.PropertyIds[1], "9栋", ("9-901", 50m));
        var second = await company.GenerateAsync(period);
        await (await company.PayAsync(units[0].Id(), 200m, $"R-{Guid.NewGuid():N}"[..12])).ReadAsync(HttpStatusCode.Created);

        var report = await company.Staff("finance").GetJsonAsync($"{Api}/billing-runs/{first.Id()}");
        var run = report.GetProperty("run");
        Assert.Equal(period, run.GetProperty("period").GetString());
        Assert.Equal(company.StaffUserId("finance"), run.GetProperty("requestedByUserId").GetGuid());
        Assert.StartsWith("finance-staff-", run.GetProperty("requestedByName").GetString(), StringComparison.Ordinal);
        var feeItems = report.GetProperty("feeItems").EnumerateArray().ToList();
        Assert.Equal(["公共区域水电分摊", "物业服务费"], feeItems.Select(f => f.GetProperty("feeItemName").GetString()));
        Assert.Equal([2, 2], feeItems.Select(f => f.GetProperty("bills").GetInt32()));
        Assert.Equal([20m, 360m], feeItems.Select(f => f.Decimal("amountDue")));
        Assert.Equal(200m, feeItems.Sum(f => f.Decimal("amountPaid")));

        var billsOfFirst = await company.BillsAsync($"billingRunId={first.Id()}");
        var billsOfSecond = await company.BillsAsync($"billingRunId={second.Id()}");
        var billsOfNoRun = await company.BillsAsync($"billingRunId={Guid.NewGuid()}");
        Assert.Equal(4, billsOfFirst.Count);
        Assert.Equal(2, billsOfSecond.Count);
        Assert.All(billsOfSecond, b => Assert.Equal("9-901", b.GetProperty("unitNumber").GetString()));
        Assert.Empty(billsOfNoRun);
    }

    [Fact]
    public async Task Billing_runs_sort_by_bills_created_and_filter_by_trigger()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);
        await company.AddUnitsAsync(company.PropertyIds[0], "3栋", ("3-101", 90m), ("3-102", 90m), ("3-103", 90m));
        await company.AddFeeItemAsync("物业服务费", "perSquareMetre", 2m);
        await company.GenerateAsync(CompanyTime.Period(-2));
        await company.GenerateAsync(CompanyTime.Period(-2));
        await company.GenerateAsync(CompanyTime.Period(-1));
        var staff = company.Staff("finance");

        var byBills = await staff.GetJsonAsync($"{Api}/billing-runs?sort=-billsCreated");
        var byPeriod = await staff.GetJsonAsync($"{Api}/billing-runs?sort=period");
        var scheduled = await staff.GetJsonAsync($"{Api}/billing-runs?trigger=schedule");
        var requested = await staff.GetJsonAsync($"{Api}/billing-runs?trigger=request");

        Assert.Equal([3, 3, 0], byBills.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("billsCreated").GetInt32()));
        Assert.Equal([CompanyTime.Period(-2), CompanyTime.Period(-2), CompanyTime.Period(-1)],
            byPeriod.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("period").GetString()));
        Assert.Equal(0, scheduled.GetProperty("totalCount").GetInt32());
        Assert.Equal(3, requested.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_bad_sort_or_trigger_is_refused_naming_it_and_another_companys_run_is_not_found_nor_its_bills_listed()
    {
        var (a, b) = (fixture.CompanyA, fixture.CompanyB);
        await b.AddUnitsAsync(b.PropertyIds[0], $"B{Guid.NewGuid():N}"[..8], ("B-201", 60m));
        await b.AddFeeItemAsync("B 的分摊", "perUnit", 5m);
        var runOfB = await b.GenerateAsync(CompanyTime.Period(-3));
        var staff = a.Staff("finance");

        var badSort = await (await staff.GetAsync($"{Api}/billing-runs?sort=amount")).ReadAsync(HttpStatusCode.BadRequest);
        var badTrigger = await (await staff.GetAsync($"{Api}/billing-runs?trigger=sometimes")).ReadAsync(HttpStatusCode.BadRequest);
        await (await staff.GetAsync($"{Api}/billing-runs/{runOfB.Id()}")).ReadAsync(HttpStatusCode.NotFound);
        var billsOfB = await a.BillsAsync($"billingRunId={runOfB.Id()}");

        Assert.Equal(["sort"], badSort.ErrorFields());
        Assert.Equal(["trigger"], badTrigger.ErrorFields());
        Assert.Empty(billsOfB);
    }
}
