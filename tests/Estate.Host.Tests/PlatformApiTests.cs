using System.Net;
using Estate.Testing;

namespace Estate.Host.Tests;

[Collection(PlatformHostCollection.Name)]
public sealed class PlatformApiTests(PlatformHostFixture fixture)
{
    [Fact]
    public async Task A_company_never_sees_or_changes_another_companys_properties_and_users()
    {
        var (a, b) = (fixture.CompanyA, fixture.CompanyB);
        var propertyOfB = b.PropertyIds[0];

        var propertiesOfA = await (await a.Admin.GetAsync("/api/platform/properties")).ReadAsync(HttpStatusCode.OK);
        var usersOfA = await (await a.Admin.GetAsync("/api/platform/users")).ReadAsync(HttpStatusCode.OK);
        var usersOfB = await (await b.Admin.GetAsync("/api/platform/users")).ReadAsync(HttpStatusCode.OK);

        Assert.Equal(a.PropertyIds.Order(), propertiesOfA.EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).Order());
        Assert.Empty(usersOfA.EnumerateArray().Select(TestCompany.IdOf).Intersect(usersOfB.EnumerateArray().Select(TestCompany.IdOf)));
        await (await a.Admin.PutJsonAsync($"/api/platform/properties/{propertyOfB}", new { name = "Taken over", version = 1 })).ReadAsync(HttpStatusCode.NotFound);
        var userOfB = TestCompany.IdOf(usersOfB.EnumerateArray().First());
        await (await a.Admin.PutJsonAsync($"/api/platform/users/{userOfB}", new { displayName = "x", role = "read-only", allProperties = true })).ReadAsync(HttpStatusCode.NotFound);
        var grant = await (await a.Admin.PostJsonAsync("/api/platform/users", new
        {
            email = $"{Guid.NewGuid():N}@company.test", password = TestCompany.Password, displayName = "Scoped", role = "read-only",
            allProperties = false, propertyIds = new[] { propertyOfB },
        })).ReadAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["propertyIds"], grant.ErrorFields());
    }

    [Fact]
    public async Task A_user_scoped_to_one_property_sees_only_that_property()
    {
        var company = fixture.CompanyA;
        var scoped = await company.AddUserAsync(fixture.Host, $"scoped-{Guid.NewGuid():N}"[..15], "staff", "engineering", allProperties: false, propertyIds: [company.PropertyIds[1]]);

        var properties = await (await scoped.GetAsync("/api/platform/properties")).ReadAsync(HttpStatusCode.OK);

        Assert.Equal([company.PropertyIds[1]], properties.EnumerateArray().Select(TestCompany.IdOf));
    }

    [Fact]
    public async Task Bad_property_input_is_400_naming_each_field()
    {
        var admin = fixture.CompanyA.Admin;

        var missing = await (await admin.PostJsonAsync("/api/platform/properties", new { address = "nowhere" })).ReadAsync(HttpStatusCode.BadRequest);
        var oversized = await (await admin.PostJsonAsync("/api/platform/properties", new { name = new string('x', 201), address = new string('y', 501) })).ReadAsync(HttpStatusCode.BadRequest);
        var wrongType = await (await admin.PostJsonAsync("/api/platform/properties", new { name = 42 })).ReadAsync(HttpStatusCode.BadRequest);
        var badId = await (await admin.PutJsonAsync("/api/platform/properties/not-a-guid", new { name = "x", version = 1 })).ReadAsync(HttpStatusCode.BadRequest);
        var notJson = await (await admin.PostAsync("/api/platform/properties", new StringContent("{ name:", System.Text.Encoding.UTF8, "application/json"))).ReadAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["name"], missing.ErrorFields());
        Assert.Equal(["address", "name"], oversized.ErrorFields().Order());
        Assert.Equal(["name"], wrongType.ErrorFields());
        Assert.Equal(["id"], badId.ErrorFields());
        Assert.Equal("validation", notJson.GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_stale_property_update_is_409_and_changes_nothing()
    {
        var admin = fixture.CompanyA.Admin;
        var created = await (await admin.PostJsonAsync("/api/platform/properties", new { name = $"Stale {Guid.NewGuid():N}"[..20] })).ReadAsync(HttpStatusCode.Created);
        var id = TestCompany.IdOf(created);
        var version = created.GetProperty("version").GetUInt32();

        var first = await (await admin.PutJsonAsync($"/api/platform/properties/{id}", new { name = "First edit", version })).ReadAsync(HttpStatusCode.OK);
        var stale = await (await admin.PutJsonAsync($"/api/platform/properties/{id}", new { name = "Second edit", version })).ReadAsync(HttpStatusCode.Conflict);

        Assert.NotEqual(version, first.GetProperty("version").GetUInt32());
        Assert.Equal("stale", stale.GetProperty("code").GetString());
        var properties = await (await admin.GetAsync("/api/platform/properties")).ReadAsync(HttpStatusCode.OK);
        Assert.Equal("First edit", properties.EnumerateArray().Single(p => TestCompany.IdOf(p) == id).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Creating_a_company_with_bad_input_is_400_naming_the_fields_and_creates_nothing()
    {
        var platformAdmin = await fixture.Host.SignInAsync(EstateHost.AdminEmail, EstateHost.AdminPassword);
        var name = $"Bad {Guid.NewGuid():N}"[..20];

        var problem = await (await platformAdmin.PostJsonAsync("/api/platform/organizations", new
        {
            name,
            timeZone = "Mars/Olympus",
            modules = new[] { "laundry" },
            admin = new { email = "not-an-email", password = "", displayName = "" },
        })).ReadAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["admin.displayName", "admin.email", "admin.password", "modules[0]", "timeZone"], problem.ErrorFields().Order(StringComparer.Ordinal));
        Assert.Equal(0L, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM platform.organizations WHERE name = $1", name));
    }
}
