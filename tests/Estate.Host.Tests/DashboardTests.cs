using System.Net;
using System.Text.Json;
using Estate.Testing;

namespace Estate.Host.Tests;

/// <summary>GET /api/dashboard: every switched-on department's section for a period and property.</summary>
[Collection(PlatformHostCollection.Name)]
public sealed class DashboardTests(PlatformHostFixture fixture)
{
    [Theory]
    [InlineData("from=2026-03-10&to=2026-03-01", "to")]
    [InlineData("from=2026-03-01", "to")]
    [InlineData("to=2026-03-01", "from")]
    [InlineData("from=2025-01-01&to=2026-01-02", "to")]
    [InlineData("propertyId=00000000-0000-0000-0000-000000000000", "propertyId")]
    public async Task A_bad_period_or_property_is_refused_naming_the_field(string query, string field)
    {
        var problem = await (await fixture.CompanyA.Manager.GetAsync($"/api/dashboard?{query}")).ReadAsync(HttpStatusCode.BadRequest);

        Assert.Contains(field, problem.ErrorFields());
    }

    [Fact]
    public async Task Another_companys_property_is_not_found()
    {
        var response = await fixture.CompanyA.Manager.GetAsync($"/api/dashboard?propertyId={fixture.CompanyB.PropertyIds[0]}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Without_dates_the_period_is_the_current_month_in_the_company_zone()
    {
        var dashboard = await (await fixture.CompanyA.Manager.GetAsync("/api/dashboard")).ReadAsync(HttpStatusCode.OK);

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime);
        var first = new DateOnly(today.Year, today.Month, 1);
        Assert.Equal(first, DateOnly.Parse(dashboard.GetProperty("from").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(first.AddMonths(1).AddDays(-1), DateOnly.Parse(dashboard.GetProperty("to").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_departments_figures_count_the_period_and_the_chosen_property_only()
    {
        var company = await TestCompany.CreateAsync(fixture.Host, modules: ["engineering", "probe"]);
        var now = DateTimeOffset.UtcNow;
        await RecordAsync(company, 0, "satisfaction", 80, now);
        await RecordAsync(company, 0, "satisfaction", 90, now);
        await RecordAsync(company, 1, "satisfaction", 70, now);
        await RecordAsync(company, 1, "satisfaction", 10, now.AddDays(-60));

        var all = Probe(await DashboardAsync(company, ""));
        var one = Probe(await DashboardAsync(company, $"propertyId={company.PropertyIds[0]}"));

        Assert.True(all.GetProperty("available").GetBoolean());
        Assert.Equal(3, Headline(all, "figures"));
        Assert.Equal(2, Headline(one, "figures"));
        var chart = one.GetProperty("section").GetProperty("charts")[0];
        Assert.Equal("bar", chart.GetProperty("kind").GetString());
        Assert.Equal(85m, chart.GetProperty("series")[0].GetProperty("values")[0].GetDecimal());
    }

    [Fact]
    public async Task A_module_switched_off_for_the_company_has_no_section()
    {
        var company = await TestCompany.CreateAsync(fixture.Host, modules: ["engineering", "probe"]);
        Assert.Contains("probe", ModuleIds(await DashboardAsync(company, "")));

        await (await company.Admin.PutJsonAsync("/api/platform/modules/probe", new { enabled = false })).ReadAsync(HttpStatusCode.OK);

        Assert.DoesNotContain("probe", ModuleIds(await DashboardAsync(company, "")));
    }

    [Fact]
    public async Task A_department_whose_figures_fail_is_marked_unavailable_and_the_rest_still_shows()
    {
        var company = await TestCompany.CreateAsync(fixture.Host, modules: ["engineering", "probe"]);
        await RecordAsync(company, 0, "dashboard-fails", 1, DateTimeOffset.UtcNow);

        var probe = Probe(await DashboardAsync(company, ""));

        Assert.False(probe.GetProperty("available").GetBoolean());
        Assert.Equal(JsonValueKind.Null, probe.GetProperty("section").ValueKind);
        Assert.False(string.IsNullOrEmpty(probe.GetProperty("reason").GetString()));
        Assert.Contains(fixture.Host.Logs.Entries, e => e.Message.Contains("Dashboard of probe unavailable", StringComparison.Ordinal));
    }

    private static async Task RecordAsync(TestCompany company, int property, string code, decimal value, DateTimeOffset recordedAt) =>
        await (await company.Staff("probe").PostJsonAsync("/api/probe/figures", new { propertyId = company.PropertyIds[property], code, value, recordedAt }))
            .ReadAsync(HttpStatusCode.OK);

    private static async Task<JsonElement> DashboardAsync(TestCompany company, string query) =>
        await (await company.Manager.GetAsync($"/api/dashboard?{query}")).ReadAsync(HttpStatusCode.OK);

    private static List<string> ModuleIds(JsonElement dashboard) =>
        [.. dashboard.GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("moduleId").GetString()!)];

    private static JsonElement Probe(JsonElement dashboard) =>
        dashboard.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("moduleId").GetString() == "probe");

    private static decimal Headline(JsonElement part, string code) =>
        part.GetProperty("section").GetProperty("headlines").EnumerateArray().Single(h => h.GetProperty("code").GetString() == code).GetProperty("value").GetDecimal();
}
