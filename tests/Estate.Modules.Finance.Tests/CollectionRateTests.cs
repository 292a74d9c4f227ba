using System.Net;
using System.Text.Json;
using Estate.Testing;

namespace Estate.Modules.Finance.Tests;

/// <summary>The collection rate (received ÷ due) of a billing period, per property, building and fee item.</summary>
[Collection(FinanceHostCollection.Name)]
public sealed class CollectionRateTests(FinanceHostFixture fixture)
{
    [Fact]
    public async Task The_collection_rate_is_received_over_due_per_property_building_and_fee_item()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);
        var (north, south) = (company.PropertyIds[0], company.PropertyIds[1]);
        var first = await company.AddUnitsAsync(north, "1栋", ("1-101", 100m), ("1-102", 100m));
        var second = await company.AddUnitsAsync(north, "2栋", ("2-101", 50m));
        var southern = await company.AddUnitsAsync(south, "9栋", ("9-101", 100m));
        var propertyFee = await company.AddFeeItemAsync("物业服务费", "perSquareMetre", 2m);
        var sharedFee = await company.AddFeeItemAsync("公共区域水电分摊", "perUnit", 10m);
        var period = CompanyTime.Period(-1);
        await company.GenerateAsync(period);
        await (await company.PayAsync(first[0].Id(), 210m, "C-1")).ReadAsync(HttpStatusCode.Created);
        await (await company.PayAsync(second[0].Id(), 110m, "C-2")).ReadAsync(HttpStatusCode.Created);
        await (await company.PayAsync(southern[0].Id(), 210m, "C-3")).ReadAsync(HttpStatusCode.Created);

        var byProperty = await RateAsync(company, $"period={period}");
        var byBuilding = await RateAsync(company, $"period={period}&by=building");
        var byFeeItem = await RateAsync(company, $"period={period}&by=feeItem");
        var northOnly = await RateAsync(company, $"period={period}&by=building&propertyId={north}");

        Assert.Equal(740m, byProperty.Decimal("due"));
        Assert.Equal(530m, byProperty.Decimal("received"));
        Assert.Equal(71.6m, byProperty.Decimal("rate"));
        Assert.Equal("property", byProperty.GetProperty("by").GetString());
        Assert.Equal((530m, 320m, 60.4m), Line(byProperty, north));
        Assert.Equal((210m, 210m, 100m), Line(byProperty, south));
        Assert.Equal((420m, 210m, 50m), Line(byBuilding, first[0].GetProperty("buildingId").GetGuid()));
        Assert.Equal((110m, 110m, 100m), Line(byBuilding, second[0].GetProperty("buildingId").GetGuid()));
        Assert.Equal("1栋", byBuilding.GetProperty("lines").EnumerateArray().Single(l => l.Id() == first[0].GetProperty("buildingId").GetGuid()).GetProperty("name").GetString());
        Assert.Equal((700m, 500m, 71.4m), Line(byFeeItem, propertyFee.Id()));
        Assert.Equal((40m, 30m, 75m), Line(byFeeItem, sharedFee.Id()));
        Assert.Equal(2, northOnly.GetProperty("lines").GetArrayLength());
        Assert.Equal(530m, northOnly.Decimal("due"));
    }

    [Fact]
    public async Task A_period_without_bills_has_no_rate()
    {
        var rate = await RateAsync(fixture.CompanyA, "period=2001-01");

        Assert.Equal(0m, rate.Decimal("due"));
        Assert.Equal(JsonValueKind.Null, rate.GetProperty("rate").ValueKind);
        Assert.Empty(rate.GetProperty("lines").EnumerateArray());
    }

    private static Task<JsonElement> RateAsync(TestCompany company, string query) => company.ReadOnly.GetJsonAsync($"{FinanceRequests.Api}/collection?{query}");

    private static (decimal Due, decimal Received, decimal Rate) Line(JsonElement rate, Guid id)
    {
        var line = rate.GetProperty("lines").EnumerateArray().Single(l => l.Id() == id);
        return (line.Decimal("due"), line.Decimal("received"), line.Decimal("rate"));
    }
}
