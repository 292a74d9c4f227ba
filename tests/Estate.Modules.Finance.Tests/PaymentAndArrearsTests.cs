using System.Net;
using System.Text.Json;
using Estate.Testing;

namespace Estate.Modules.Finance.Tests;

/// <summary>Payments settle a unit's oldest bills first; what stays overdue is arrears, aged by days past due.</summary>
[Collection(FinanceHostCollection.Name)]
public sealed class PaymentAndArrearsTests(FinanceHostFixture fixture)
{
    private static readonly int[] DaysPastDue = [200, 120, 45, 10];

    [Fact]
    public async Task A_partial_payment_settles_the_oldest_bill_first_and_arrears_age_by_days_past_due()
    {
        var (company, unit) = await UnitWithFourOverdueBillsAsync();
        var today = CompanyTime.Today;
        var before = await ArrearsAsync(company);

        var paid = await (await company.PayAsync(unit.Id(), 150m, "SK-0001", method: "cash")).ReadAsync(HttpStatusCode.Created);
        var after = await ArrearsAsync(company);
        var bills = await company.BillsAsync($"unitId={unit.Id()}");
        var units = await company.Staff("finance").GetJsonAsync($"{FinanceRequests.Api}/arrears/units?propertyId={company.PropertyIds[0]}");

        Assert.Equal(400m, before.Decimal("total"));
        Assert.Equal([100m, 100m, 100m, 100m], Buckets(before));
        Assert.Equal(["0-30", "31-90", "91-180", "over-180"], before.GetProperty("ageing").EnumerateArray().Select(b => b.GetProperty("code").GetString()));
        Assert.Equal(150m, paid.Decimal("amount"));
        Assert.Equal("cash", paid.GetProperty("method").GetString());
        Assert.Equal([100m, 50m], paid.GetProperty("allocations").EnumerateArray().Select(a => a.Decimal("amount")));
        Assert.Equal(CompanyTime.Iso(today.AddDays(-200)), paid.GetProperty("allocations")[0].GetProperty("dueOn").GetString());
        Assert.Equal(250m, after.Decimal("total"));
        Assert.Equal([100m, 100m, 50m, 0m], Buckets(after));
        Assert.Equal(["paid", "partlyPaid", "unpaid", "unpaid"], bills.Select(b => b.GetProperty("status").GetString()));
        Assert.Equal([false, true, true, true], bills.Select(b => b.GetProperty("overdue").GetBoolean()));
        Assert.Equal(50m, bills[1].Decimal("outstanding"));
        var row = units.GetProperty("items").EnumerateArray().Single();
        Assert.Equal(250m, row.Decimal("overdue"));
        Assert.Equal(120, row.GetProperty("daysPastDue").GetInt32());
        Assert.Equal("王建国", row.GetProperty("ownerName").GetString());
    }

    [Fact]
    public async Task Arrears_of_a_past_day_count_only_what_was_paid_by_its_end()
    {
        var (company, unit) = await UnitWithFourOverdueBillsAsync();
        await (await company.PayAsync(unit.Id(), 350m, "SK-0002")).ReadAsync(HttpStatusCode.Created);
        var twoDaysAgo = CompanyTime.Today.AddDays(-2);

        var then = await company.Manager.GetJsonAsync($"{FinanceRequests.Api}/arrears?asOf={CompanyTime.Iso(twoDaysAgo)}");
        var now = await ArrearsAsync(company);
        var future = await company.Manager.GetJsonAsync($"{FinanceRequests.Api}/arrears?asOf={CompanyTime.Iso(CompanyTime.Today.AddDays(1))}", HttpStatusCode.BadRequest);

        Assert.Equal(400m, then.Decimal("total"));
        Assert.Equal([100m, 100m, 100m, 100m], Buckets(then));
        Assert.Equal(50m, now.Decimal("total"));
        Assert.Equal([50m, 0m, 0m, 0m], Buckets(now));
        Assert.Equal(["asOf"], future.ErrorFields());
    }

    [Fact]
    public async Task A_payment_beyond_what_the_unit_owes_or_with_a_used_receipt_number_is_refused()
    {
        var (company, unit) = await UnitWithFourOverdueBillsAsync();
        await (await company.PayAsync(unit.Id(), 100m, "SK-0003")).ReadAsync(HttpStatusCode.Created);

        var tooMuch = await (await company.PayAsync(unit.Id(), 300.01m, "SK-0004")).ReadAsync(HttpStatusCode.Conflict);
        var sameReceipt = await (await company.PayAsync(unit.Id(), 10m, "SK-0003")).ReadAsync(HttpStatusCode.Conflict);
        var future = await (await company.PayAsync(unit.Id(), 10m, "SK-0005", DateTimeOffset.UtcNow.AddHours(2))).ReadAsync(HttpStatusCode.BadRequest);
        var all = await (await company.PayAsync(unit.Id(), 300m, "SK-0006", method: "bankTransfer")).ReadAsync(HttpStatusCode.Created);
        var nothingLeft = await (await company.PayAsync(unit.Id(), 1m, "SK-0007")).ReadAsync(HttpStatusCode.Conflict);
        var payments = await company.Staff("finance").GetJsonAsync($"{FinanceRequests.Api}/payments?unitId={unit.Id()}");

        Assert.Equal("payment.exceeds_balance", tooMuch.GetProperty("code").GetString());
        Assert.Equal("payment.duplicate_receipt", sameReceipt.GetProperty("code").GetString());
        Assert.Equal(["paidAt"], future.ErrorFields());
        Assert.Equal(3, all.GetProperty("allocations").GetArrayLength());
        Assert.Equal("payment.nothing_owed", nothingLeft.GetProperty("code").GetString());
        Assert.Equal(0m, (await ArrearsAsync(company)).Decimal("total"));
        Assert.Equal(["SK-0006", "SK-0003"], payments.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("receiptNumber").GetString()));
    }

    // A unit with four bills of 100, each due the given number of days ago (one per billing period).
    private async Task<(TestCompany Company, JsonElement Unit)> UnitWithFourOverdueBillsAsync()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);
        var unit = (await company.AddUnitsAsync(company.PropertyIds[0], "6栋", ("6-601", 100m)))[0];
        await company.AddOwnerAsync(unit.Id(), "王建国");
        await company.AddFeeItemAsync("物业服务费", "perUnit", 100m);
        foreach (var days in DaysPastDue)
        {
            var dueOn = CompanyTime.Today.AddDays(-days);
            var run = await company.GenerateAsync(CompanyTime.PeriodOf(dueOn), dueOn);
            Assert.Equal(1, run.GetProperty("billsCreated").GetInt32());
        }

        return (company, unit);
    }

    private static Task<JsonElement> ArrearsAsync(TestCompany company) => company.Manager.GetJsonAsync($"{FinanceRequests.Api}/arrears");

    private static decimal[] Buckets(JsonElement arrears) => [.. arrears.GetProperty("ageing").EnumerateArray().Select(b => b.Decimal("amount"))];
}
