using System.Net;
using System.Text;
using Estate.Testing;

namespace Estate.Modules.Security.Tests;

/// <summary>What a client can send wrong is a 400 naming the field, never a 500.</summary>
[Collection(SecurityHostCollection.Name)]
public sealed class BadInputTests(SecurityHostFixture fixture)
{
    private HttpClient Head => fixture.CompanyA.Head("security");

    [Theory]
    [InlineData("posts", """{"location": "x"}""", "kind,name,propertyId")]
    [InlineData("shifts", """{"name": "夜班", "startsAt": "22:00", "endsAt": "22:00"}""", "endsAt,propertyId")]
    [InlineData("roster", """{}""", "date,guardUserId,postId,shiftId")]
    [InlineData("patrol/routes", """{"name": "r", "expectedDurationMinutes": 0, "checkpoints": []}""", "checkpoints,expectedDurationMinutes,propertyId")]
    [InlineData("patrol/routes", """{"propertyId": "0193a000-0000-7000-8000-000000000101", "name": "r", "expectedDurationMinutes": 30, "checkpoints": [{"code": "a b", "name": ""}]}""", "checkpoints[0].code,checkpoints[0].name")]
    [InlineData("patrol/plans", """{"weekdays": [], "startTimes": [], "allowedLatenessMinutes": 999}""", "allowedLatenessMinutes,routeId,startTimes,weekdays")]
    [InlineData("patrol/plans", """{"routeId": "0193a000-0000-7000-8000-000000000101", "weekdays": ["someday"], "startTimes": ["08:00"], "allowedLatenessMinutes": 5}""", "weekdays[0]")]
    [InlineData("patrol/plans", """{"routeId": "0193a000-0000-7000-8000-000000000101", "weekdays": ["monday"], "startTimes": ["25:00"], "allowedLatenessMinutes": 5}""", "startTimes[0]")]
    [InlineData("patrol/check-ins", """{"latitude": 91, "longitude": 0}""", "checkpointCode,latitude")]
    [InlineData("access-problems", """{"needsRepair": "yes"}""", "needsRepair")]
    [InlineData("access-problems", """{}""", "gate,problem,propertyId")]
    [InlineData("fire-safety/areas", """{"name": "x", "kind": "kitchen"}""", "kind")]
    [InlineData("fire-safety/inspections", """{"areaId": "0193a000-0000-7000-8000-000000000101", "items": [{"name": "x", "passed": false}, {"name": "y", "passed": true, "needsRepair": true}]}""", "items[0].note,items[1].needsRepair")]
    [InlineData("fire-safety/inspections", """{"items": []}""", "areaId,items")]
    [InlineData("incidents", """{}""", "description,occurredAt,place,propertyId,severity,type")]
    [InlineData("event-plans", """{"name": "x", "startsAt": "2031-01-01T10:00:00+08:00", "endsAt": "2031-01-01T09:00:00+08:00", "posts": [{"name": "", "guardUserIds": []}]}""", "endsAt,posts[0].guardUserIds,posts[0].name,propertyId")]
    public async Task Bad_bodies_are_400_naming_each_field(string resource, string json, string fields)
    {
        var response = await Head.PostAsync($"/api/security/{resource}", new StringContent(json, Encoding.UTF8, "application/json"));

        var problem = await response.ReadAsync(HttpStatusCode.BadRequest);
        Assert.Equal(fields.Split(','), problem.ErrorFields().Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("/api/security/patrol/tasks/abc", "id")]
    [InlineData("/api/security/patrol/tasks?status=lost", "status")]
    [InlineData("/api/security/patrol/tasks?from=monday", "from")]
    [InlineData("/api/security/incidents?severity=apocalyptic", "severity")]
    [InlineData("/api/security/access-problems?pageSize=1000", "pageSize")]
    [InlineData("/api/security/roster?from=2031-01-01", "to")]
    [InlineData("/api/security/roster?from=2031-01-01&to=2031-12-31", "to")]
    [InlineData("/api/security/fire-safety/areas/due?withinDays=-1", "withinDays")]
    [InlineData("/api/security/fire-safety/findings?status=burning", "status")]
    public async Task Bad_ids_and_query_values_are_400_naming_the_parameter(string url, string field)
    {
        var problem = await (await Head.GetAsync(url)).ReadAsync(HttpStatusCode.BadRequest);

        Assert.Equal([field], problem.ErrorFields());
    }

    [Fact]
    public async Task Changes_without_the_version_read_are_400_and_an_unknown_kind_in_the_route_too()
    {
        var id = Guid.NewGuid();
        foreach (var (url, body) in new (string, object)[]
                 {
                     ($"/api/security/patrol/plans/{id}/deactivate", new { }),
                     ($"/api/security/access-problems/{id}/repair", new { }),
                     ($"/api/security/access-problems/{id}/resolve", new { resolution = "x" }),
                     ($"/api/security/fire-safety/findings/{id}/fix", new { note = "x" }),
                     ($"/api/security/incidents/{id}/close", new { closure = "x" }),
                 })
        {
            var problem = await (await Head.PostJsonAsync(url, body)).ReadAsync(HttpStatusCode.BadRequest);
            Assert.Equal(["version"], problem.ErrorFields());
        }

        var kind = await (await Head.PutJsonAsync("/api/security/fire-safety/frequencies/kitchen", new { intervalDays = 30 })).ReadAsync(HttpStatusCode.BadRequest);
        var interval = await (await Head.PutJsonAsync("/api/security/fire-safety/frequencies/garage", new { intervalDays = 0 })).ReadAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["kind"], kind.ErrorFields());
        Assert.Equal(["intervalDays"], interval.ErrorFields());
    }

    [Fact]
    public async Task Missing_records_are_404_not_500()
    {
        await (await Head.GetAsync($"/api/security/incidents/{Guid.NewGuid()}")).ReadAsync(HttpStatusCode.NotFound);
        await (await Head.PostJsonAsync($"/api/security/incidents/{Guid.NewGuid()}/close", new { closure = "x", version = 1 })).ReadAsync(HttpStatusCode.NotFound);
        await (await Head.PostJsonAsync($"/api/security/access-problems/{Guid.NewGuid()}/repair", new { version = 1 })).ReadAsync(HttpStatusCode.NotFound);
    }
}
