using System.Net;
using Estate.Testing;

namespace Estate.Host.Tests;

[Collection(PlatformHostCollection.Name)]
public sealed class AuthorizationTests(PlatformHostFixture fixture)
{
    [Fact]
    public async Task A_request_without_a_token_is_401()
    {
        var anonymous = fixture.Host.CreateClient();

        await (await anonymous.GetAsync("/api/engineering/work-orders")).ReadAsync(HttpStatusCode.Unauthorized);
        await (await anonymous.GetAsync("/api/platform/properties")).ReadAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Wrong_password_is_401_and_a_missing_one_400()
    {
        var client = fixture.Host.CreateClient();

        await (await client.PostJsonAsync("/api/auth/login", new { email = EstateHost.AdminEmail, password = "wrong" })).ReadAsync(HttpStatusCode.Unauthorized);
        var problem = await (await client.PostJsonAsync("/api/auth/login", new { email = EstateHost.AdminEmail })).ReadAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["password"], problem.ErrorFields());
    }

    [Fact]
    public async Task A_user_without_the_module_permission_gets_403()
    {
        var company = fixture.CompanyA;
        var workOrder = WorkOrderRequests.NewWorkOrder(company.PropertyIds[0]);

        await (await company.ReadOnly.GetAsync("/api/engineering/work-orders")).ReadAsync(HttpStatusCode.OK);
        await (await company.ReadOnly.PostJsonAsync("/api/engineering/work-orders", workOrder)).ReadAsync(HttpStatusCode.Forbidden);
        await (await company.Staff("engineering").PostJsonAsync("/api/engineering/facilities", new { propertyId = company.PropertyIds[0], name = "1号电梯", category = "elevator" }))
            .ReadAsync(HttpStatusCode.Forbidden);
        await (await company.Staff("engineering").PostJsonAsync("/api/engineering/work-orders", workOrder)).ReadAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Only_platform_admins_create_companies_and_see_the_jobs_dashboard()
    {
        var company = fixture.CompanyA;
        var platformAdmin = await fixture.Host.SignInAsync(EstateHost.AdminEmail, EstateHost.AdminPassword);

        await (await company.Admin.GetAsync("/api/platform/organizations")).ReadAsync(HttpStatusCode.Forbidden);
        await (await company.Admin.PostJsonAsync("/api/platform/organizations", new { name = "Mine" })).ReadAsync(HttpStatusCode.Forbidden);
        await (await platformAdmin.GetAsync("/api/platform/organizations")).ReadAsync(HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.Forbidden, (await company.Admin.GetAsync("/jobs")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await platformAdmin.GetAsync("/jobs")).StatusCode);
    }

    [Fact]
    public async Task A_platform_admin_has_no_company_so_module_endpoints_are_404()
    {
        var platformAdmin = await fixture.Host.SignInAsync(EstateHost.AdminEmail, EstateHost.AdminPassword);

        await (await platformAdmin.GetAsync("/api/engineering/work-orders")).ReadAsync(HttpStatusCode.NotFound);
    }
}
