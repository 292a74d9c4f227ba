using System.Net;
using System.Text.Json;
using Estate.Testing;

namespace Estate.Modules.Security.Tests;

[Collection(SecurityHostCollection.Name)]
public sealed class RosterTests(SecurityHostFixture fixture)
{
    private TestCompany Company => fixture.CompanyA;

    private HttpClient Head => Company.Head("security");

    [Fact]
    public async Task The_roster_lists_guards_by_property_and_date_range_in_shift_order_and_a_night_shift_crosses_midnight()
    {
        var property = Company.PropertyIds[1];
        var gate = await CreatePostAsync(property, "东门岗 " + Guid.NewGuid().ToString("N")[..6], "gate");
        var control = await CreatePostAsync(property, "监控中心 " + Guid.NewGuid().ToString("N")[..6], "controlRoom");
        var day = await CreateShiftAsync(property, "白班 " + Guid.NewGuid().ToString("N")[..6], "08:00", "20:00");
        var night = await CreateShiftAsync(property, "夜班 " + Guid.NewGuid().ToString("N")[..6], "20:00", "08:00");
        var first = new DateOnly(2031, 3, 1);

        await AddAsync(control, night, Company.HeadUserId("security"), first);
        await AddAsync(gate, day, Company.StaffUserId("security"), first);
        await AddAsync(gate, day, Company.StaffUserId("security"), first.AddDays(1));
        await AddAsync(gate, day, Company.StaffUserId("security"), first.AddDays(5));

        var roster = await (await Company.ReadOnly.GetAsync($"/api/security/roster?propertyId={property}&from=2031-03-01&to=2031-03-02")).ReadAsync(HttpStatusCode.OK);
        var items = roster.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(3, roster.GetProperty("totalCount").GetInt32());
        Assert.Equal(["2031-03-01", "2031-03-01", "2031-03-02"], items.Select(i => i.GetProperty("date").GetString()));
        Assert.Equal([TestCompany.IdOf(day), TestCompany.IdOf(night), TestCompany.IdOf(day)], items.Select(i => i.GetProperty("shiftId").GetGuid()));
        Assert.Equal(Company.StaffUserId("security"), items[0].GetProperty("guardUserId").GetGuid());
        Assert.True(night.GetProperty("crossesMidnight").GetBoolean());
        Assert.False(day.GetProperty("crossesMidnight").GetBoolean());
        var otherProperty = await (await Head.GetAsync($"/api/security/roster?propertyId={Company.PropertyIds[0]}&from=2031-03-01&to=2031-03-02")).ReadAsync(HttpStatusCode.OK);
        Assert.Equal(0, otherProperty.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_guard_is_rostered_once_per_shift_and_day_and_only_people_posts_and_shifts_of_the_company_are_accepted()
    {
        var property = Company.PropertyIds[0];
        var post = await CreatePostAsync(property, "西门岗 " + Guid.NewGuid().ToString("N")[..6], "gate");
        var shift = await CreateShiftAsync(property, "早班 " + Guid.NewGuid().ToString("N")[..6], "07:00", "15:00");
        var shiftElsewhere = await CreateShiftAsync(Company.PropertyIds[1], "早班 " + Guid.NewGuid().ToString("N")[..6], "07:00", "15:00");
        var date = new DateOnly(2031, 4, 1);
        await AddAsync(post, shift, Company.StaffUserId("security"), date);

        var twice = await (await Head.PostJsonAsync("/api/security/roster", Entry(post, shift, Company.StaffUserId("security"), date))).ReadAsync(HttpStatusCode.Conflict);
        var stranger = await (await Head.PostJsonAsync("/api/security/roster", Entry(post, shift, fixture.CompanyB.StaffUserId("security"), date)))
            .ReadAsync(HttpStatusCode.BadRequest);
        var wrongShift = await (await Head.PostJsonAsync("/api/security/roster", Entry(post, shiftElsewhere, Company.HeadUserId("security"), date)))
            .ReadAsync(HttpStatusCode.BadRequest);

        Assert.Equal("roster.guard_already_on_shift", twice.GetProperty("code").GetString());
        Assert.Equal(["guardUserId"], stranger.ErrorFields());
        Assert.Equal(["shiftId"], wrongShift.ErrorFields());
    }

    [Fact]
    public async Task Staff_cannot_set_up_posts_or_rosters()
    {
        var response = await Company.Staff("security").PostJsonAsync("/api/security/posts", new { propertyId = Company.PropertyIds[0], name = "岗", kind = "gate" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private async Task<JsonElement> CreatePostAsync(Guid propertyId, string name, string kind) =>
        await (await Head.PostJsonAsync("/api/security/posts", new { propertyId, name, kind, location = "小区入口" })).ReadAsync(HttpStatusCode.Created);

    private async Task<JsonElement> CreateShiftAsync(Guid propertyId, string name, string startsAt, string endsAt) =>
        await (await Head.PostJsonAsync("/api/security/shifts", new { propertyId, name, startsAt, endsAt })).ReadAsync(HttpStatusCode.Created);

    private async Task AddAsync(JsonElement post, JsonElement shift, Guid guard, DateOnly date) =>
        await (await Head.PostJsonAsync("/api/security/roster", Entry(post, shift, guard, date))).ReadAsync(HttpStatusCode.Created);

    private static object Entry(JsonElement post, JsonElement shift, Guid guardUserId, DateOnly date) =>
        new { postId = TestCompany.IdOf(post), shiftId = TestCompany.IdOf(shift), guardUserId, date };
}
