using System.Net;
using Estate.Testing;

namespace Estate.Host.Tests;

[Collection(PlatformHostCollection.Name)]
public sealed class OperationsEndpointsTests(PlatformHostFixture fixture)
{
    [Fact]
    public async Task The_openapi_document_lists_module_endpoints_and_declares_the_bearer_token()
    {
        var anonymous = fixture.Host.CreateClient();

        var document = await (await anonymous.GetAsync("/openapi/v1.json")).ReadAsync(HttpStatusCode.OK);

        Assert.True(document.GetProperty("paths").TryGetProperty("/api/engineering/work-orders", out _));
        Assert.True(document.GetProperty("paths").TryGetProperty("/api/platform/modules", out _));
        Assert.Equal("bearer", document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer").GetProperty("scheme").GetString());
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/docs/")).StatusCode);
    }

    [Fact]
    public async Task Health_endpoints_answer_without_sign_in()
    {
        var anonymous = fixture.Host.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/live")).StatusCode);
        Assert.Equal("Healthy", await (await anonymous.GetAsync("/health/ready")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unknown_route_is_a_404_problem()
    {
        var response = await fixture.Host.CreateClient().GetAsync("/api/nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
