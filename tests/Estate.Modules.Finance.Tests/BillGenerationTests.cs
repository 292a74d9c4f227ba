using System.Net;
using System.Text.Json;
using Estate.Testing;

namespace Estate.Modules.Finance.Tests;

/// <summary>Bill generation from customer service's units: idempotent, following floor areas, fee item kinds and parking spaces.</summary>
[Collection(FinanceHostCollection.Name)]
public sealed class BillGenerationTests(FinanceHostFixture fixture)
{
    [Fact]
    public async Task Generating_a_period_twice_creates_no_duplicates_and_a_later_run_adds_only_what_is_new()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);
        await company.AddUnitsAsync(company.PropertyIds[0], "1栋", ("1-101", 89.50m), ("1-102", 120m));
        await company.AddFeeItemAsync("物业服务费", "perSquareMetre", 2.50m);
        await company.AddFeeItemAsync("公共区域水电分摊", "perUnit", 12m);
        var period = CompanyTime.Period(-1);

        var first = await company.GenerateAsync(period);
        var second = await company.GenerateAsync(period);
        await company.AddUnitsAsync(company.PropertyIds[1], "5栋", ("5-301", 60m));
        var third = await company.GenerateAsync(period);

        Assert.Equal(4, first.GetProperty("billsCreated").GetInt32());
        Assert.Equal(2, first.GetProperty("unitsBilled").GetInt32());
        Assert.Equal("customerService", first.GetProperty("unitsSource").GetString());
        Assert.Equal(2, first.GetProperty("unitsRead").GetInt32());
        Assert.Equal(223.75m + 12m + 300m + 12m, first.Decimal("amountCreated"));
        Assert.Equal(0, second.GetProperty("billsCreated").GetInt32());
        Assert.Equal(2, third.GetProperty("billsCreated").GetInt32());
        var bills = await company.BillsAsync($"period={period}");
        Assert.Equal(6, bills.Count);
        Assert.Equal(6, bills.Select(b => (b.GetProperty("unitId").GetGuid(), b.GetProperty("feeItemId").GetGuid())).Distinct().Count());
        Assert.All(bills, b => Assert.Equal(period, b.GetProperty("period").GetString()));
        var runs = await company.Staff("finance").GetJsonAsync($"{FinanceRequests.Api}/billing-runs?period={period}");
        Assert.Equal(3, runs.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task The_monthly_job_run_twice_bills_the_current_month_once()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);
        await company.AddUnitsAsync(company.PropertyIds[0], "2栋", ("2-101", 90m), ("2-102", 110m), ("2-201", 75.25m));
        await company.AddFeeItemAsync("物业服务费", "perSquareMetre", 2m);

        for (var run = 0; run < 2; run++)
        {
            await using var scope = FinanceScope.For(fixture.Host, company.Id);
            await scope.RunJobAsync("GenerateMonthlyBills");
        }

        var bills = await company.BillsAsync($"period={CompanyTime.Period(0)}");
        Assert.Equal(3, bills.Count);
        Assert.Equal(180m + 220m + 150.50m, bills.Sum(b => b.Decimal("amountDue")));
        var runs = await company.Staff("finance").GetJsonAsync($"{FinanceRequests.Api}/billing-runs");
        Assert.All(runs.GetProperty("items").EnumerateArray(), r => Assert.Equal("schedule", r.GetProperty("trigger").GetString()));
        Assert.Equal([3, 0], runs.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("billsCreated").GetInt32()).Order().Reverse());
    }

    [Fact]
    public async Task Bills_follow_floor_area_fee_item_kind_property_active_dates_and_parking_spaces()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);
        var (north, south) = (company.PropertyIds[0], company.PropertyIds[1]);
        var northUnits = await company.AddUnitsAsync(north, "1栋", ("1-101", 89.50m), ("1-102", 143.80m));
        var southUnit = (await company.AddUnitsAsync(south, "8栋", ("8-201", 100m)))[0];
        var northFee = await company.AddFeeItemAsync("物业服务费（北区）", "perSquareMetre", 2.50m, north);
        var southFee = await company.AddFeeItemAsync("物业服务费（南区）", "perSquareMetre", 1.80m, south);
        var parking = await company.AddFeeItemAsync("车位管理费", "perParkingSpace", 150m);
        var shared = await company.AddFeeItemAsync("公共区域水电分摊", "perUnit", 12m);
        await company.AddFeeItemAsync("已停收的旧收费", "perUnit", 99m, activeFrom: "2019-01-01", activeTo: "2021-12-31");
        await company.AddFeeItemAsync("明年起收的新收费", "perUnit", 5m, activeFrom: CompanyTime.Iso(CompanyTime.Today.AddYears(1)));
        var staff = company.Staff("finance");
        var lastMonth = CompanyTime.Period(-1);
        var lastDayOfLastMonth = DateOnly.ParseExact(lastMonth + "-01", "yyyy-MM-dd").AddMonths(1).AddDays(-1);
        await (await staff.PostJsonAsync($"{FinanceRequests.Api}/parking-spaces", new { unitId = northUnits[0].Id(), number = "B1-001", assignedOn = "2020-01-01" }))
            .ReadAsync(HttpStatusCode.Created);
        var second = await (await staff.PostJsonAsync($"{FinanceRequests.Api}/parking-spaces", new { unitId = northUnits[0].Id(), number = "B1-002", assignedOn = "2020-01-01" }))
            .ReadAsync(HttpStatusCode.Created);

        await company.GenerateAsync(lastMonth);
        await (await staff.PostJsonAsync($"{FinanceRequests.Api}/parking-spaces/{second.Id()}/release", second.With(new { lastDay = CompanyTime.Iso(lastDayOfLastMonth) })))
            .ReadAsync(HttpStatusCode.OK);
        await company.GenerateAsync(CompanyTime.Period(0));

        var bills = await company.BillsAsync($"period={lastMonth}");
        decimal Due(JsonElement unit, JsonElement fee) =>
            bills.Single(b => b.GetProperty("unitId").GetGuid() == unit.Id() && b.GetProperty("feeItemId").GetGuid() == fee.Id()).Decimal("amountDue");
        Assert.Equal(7, bills.Count);
        Assert.Equal(223.75m, Due(northUnits[0], northFee));
        Assert.Equal(359.50m, Due(northUnits[1], northFee));
        Assert.Equal(180m, Due(southUnit, southFee));
        Assert.Equal(300m, Due(northUnits[0], parking));
        Assert.Equal(12m, Due(southUnit, shared));
        Assert.DoesNotContain(bills, b => b.GetProperty("unitId").GetGuid() == northUnits[1].Id() && b.GetProperty("feeItemId").GetGuid() == parking.Id());
        Assert.DoesNotContain(bills, b => b.GetProperty("unitId").GetGuid() == southUnit.Id() && b.GetProperty("feeItemId").GetGuid() == northFee.Id());
        var areaBill = bills.Single(b => b.GetProperty("unitId").GetGuid() == northUnits[0].Id() && b.GetProperty("feeItemId").GetGuid() == northFee.Id());
        Assert.Equal(89.50m, areaBill.Decimal("quantity"));
        Assert.Equal(2.50m, areaBill.Decimal("unitPrice"));
        Assert.Equal("1-101", areaBill.GetProperty("unitNumber").GetString());
        Assert.Equal("1栋", areaBill.GetProperty("buildingName").GetString());
        Assert.Equal(CompanyTime.Iso(lastDayOfLastMonth), areaBill.GetProperty("dueOn").GetString());
        Assert.Equal("perSquareMetre", areaBill.GetProperty("feeItemKind").GetString());
        var parkingThisMonth = (await company.BillsAsync($"period={CompanyTime.Period(0)}&feeItemId={parking.Id()}")).Single();
        Assert.Equal(1m, parkingThisMonth.Decimal("quantity"));
        Assert.Equal(150m, parkingThisMonth.Decimal("amountDue"));
    }

    [Fact]
    public async Task A_new_price_applies_to_bills_generated_after_the_change()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);
        await company.AddUnitsAsync(company.PropertyIds[0], "3栋", ("3-101", 100m));
        var fee = await company.AddFeeItemAsync("物业服务费", "perSquareMetre", 2m);
        await company.GenerateAsync(CompanyTime.Period(-2));

        var changed = await (await company.Head("finance").PutJsonAsync($"{FinanceRequests.Api}/fee-items/{fee.Id()}", fee.With(new { name = "物业服务费", unitPrice = 2.4m })))
            .ReadAsync(HttpStatusCode.OK);
        var stale = await (await company.Head("finance").PutJsonAsync($"{FinanceRequests.Api}/fee-items/{fee.Id()}", fee.With(new { name = "物业服务费", unitPrice = 3m })))
            .ReadAsync(HttpStatusCode.Conflict);
        await company.GenerateAsync(CompanyTime.Period(-1));

        Assert.Equal(2.4m, changed.Decimal("unitPrice"));
        Assert.Equal("stale", stale.GetProperty("code").GetString());
        Assert.Equal(200m, (await company.BillsAsync($"period={CompanyTime.Period(-2)}")).Single().Decimal("amountDue"));
        Assert.Equal(240m, (await company.BillsAsync($"period={CompanyTime.Period(-1)}")).Single().Decimal("amountDue"));
    }

    [Fact]
    public async Task Generation_needs_a_user_who_sees_every_property()
    {
        var company = fixture.CompanyA;
        var scoped = await company.AddUserAsync(fixture.Host, $"finance-north-{Guid.NewGuid():N}"[..24], "staff", "finance", allProperties: false, propertyIds: [company.PropertyIds[0]]);

        var refused = await (await scoped.PostJsonAsync($"{FinanceRequests.Api}/billing-runs", new { period = CompanyTime.Period(-1) })).ReadAsync(HttpStatusCode.Forbidden);

        Assert.Equal("billing.company_wide", refused.GetProperty("code").GetString());
    }
}
