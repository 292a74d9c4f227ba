using System.Net;
using System.Text.Json;
using Estate.Testing;

namespace Estate.Modules.Cleaning.Tests;

/// <summary>Supply purchases and the eco-friendly share of what was spent.</summary>
[Collection(CleaningHostCollection.Name)]
public sealed class SupplyPurchaseTests(CleaningHostFixture fixture)
{
    [Fact]
    public async Task A_purchase_total_is_quantity_times_unit_cost_to_the_fen()
    {
        var purchase = await fixture.CompanyA.RecordPurchaseAsync(2.5m, 12.34m, eco: true, Cleaning.Today);

        Assert.Equal(30.85m, purchase.GetProperty("total").GetDecimal());
        var stored = await (await fixture.CompanyA.ReadOnly.GetAsync($"/api/cleaning/supply-purchases/{TestCompany.IdOf(purchase)}")).ReadAsync(HttpStatusCode.OK);
        Assert.Equal(30.85m, stored.GetProperty("total").GetDecimal());
        Assert.True(stored.GetProperty("isEcoFriendly").GetBoolean());
        Assert.Equal("桶", stored.GetProperty("unit").GetString());
    }

    [Fact]
    public async Task The_eco_share_is_eco_spending_over_all_spending_in_the_period()
    {
        var company = await fixture.NewCompanyAsync();
        var today = Cleaning.Today;
        await company.RecordPurchaseAsync(10, 30m, eco: true, today.AddDays(-3));
        await company.RecordPurchaseAsync(10, 70m, eco: false, today.AddDays(-3), item: "84消毒液");
        await company.RecordPurchaseAsync(20, 25m, eco: true, today.AddDays(-10), property: 1, item: "可降解垃圾袋");
        await company.RecordPurchaseAsync(100, 10m, eco: true, today.AddDays(-40));

        var lastTwoWeeks = await EcoShareAsync(company, $"from={Cleaning.Iso(today.AddDays(-14))}&to={Cleaning.Iso(today.AddDays(1))}");
        var firstProperty = await EcoShareAsync(company, $"from={Cleaning.Iso(today.AddDays(-14))}&to={Cleaning.Iso(today.AddDays(1))}&propertyId={company.PropertyIds[0]}");
        var byDefault = await EcoShareAsync(company, "");
        var nothingBought = await EcoShareAsync(company, $"from={Cleaning.Iso(today.AddDays(-100))}&to={Cleaning.Iso(today.AddDays(-90))}");

        Assert.Equal(1500m, lastTwoWeeks.GetProperty("totalSpending").GetDecimal());
        Assert.Equal(800m, lastTwoWeeks.GetProperty("ecoSpending").GetDecimal());
        Assert.Equal(53.3m, lastTwoWeeks.GetProperty("ecoSharePercent").GetDecimal());
        Assert.Equal(30.0m, firstProperty.GetProperty("ecoSharePercent").GetDecimal());
        var byProperty = lastTwoWeeks.GetProperty("byProperty").EnumerateArray().ToDictionary(p => p.GetProperty("propertyId").GetGuid(), p => p.GetProperty("ecoSharePercent").GetDecimal());
        Assert.Equal(30.0m, byProperty[company.PropertyIds[0]]);
        Assert.Equal(100.0m, byProperty[company.PropertyIds[1]]);
        Assert.Equal(53.3m, byDefault.GetProperty("ecoSharePercent").GetDecimal());
        Assert.Equal(Cleaning.Iso(today.AddDays(1)), byDefault.GetProperty("to").GetString());
        Assert.Equal(JsonValueKind.Null, nothingBought.GetProperty("ecoSharePercent").ValueKind);
    }

    [Fact]
    public async Task Purchases_are_listed_by_eco_flag_and_date()
    {
        var company = await fixture.NewCompanyAsync();
        var eco = await company.RecordPurchaseAsync(1, 10m, eco: true, Cleaning.Today);
        await company.RecordPurchaseAsync(1, 10m, eco: false, Cleaning.Today, item: "洁厕灵");

        var list = await (await company.ReadOnly.GetAsync($"/api/cleaning/supply-purchases?ecoFriendly=true&from={Cleaning.Iso(Cleaning.Today)}")).ReadAsync(HttpStatusCode.OK);

        Assert.Equal([TestCompany.IdOf(eco)], list.GetProperty("items").EnumerateArray().Select(TestCompany.IdOf));
    }

    [Fact]
    public async Task A_purchase_dated_in_the_future_or_with_nothing_bought_is_400()
    {
        var head = fixture.CompanyA.Head(Cleaning.Module);
        var body = new
        {
            propertyId = fixture.CompanyA.PropertyIds[0], item = "拖把", quantity = 0, unit = "把", unitCost = -1, supplier = "明辉日用品商行",
            purchasedOn = Cleaning.Iso(Cleaning.Today), isEcoFriendly = false,
        };

        var invalid = await (await head.PostJsonAsync("/api/cleaning/supply-purchases", body)).ReadAsync(HttpStatusCode.BadRequest);
        var future = await (await head.PostJsonAsync("/api/cleaning/supply-purchases", body with { quantity = 1, unitCost = 25, purchasedOn = Cleaning.Iso(Cleaning.Today.AddDays(2)) }))
            .ReadAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["quantity", "unitCost"], invalid.ErrorFields().Order(StringComparer.Ordinal));
        Assert.Equal(["purchasedOn"], future.ErrorFields());
    }

    private static async Task<JsonElement> EcoShareAsync(TestCompany company, string query) =>
        await (await company.ReadOnly.GetAsync($"/api/cleaning/supply-purchases/eco-share?{query}")).ReadAsync(HttpStatusCode.OK);
}
