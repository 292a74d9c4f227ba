using System.Net;
using Estate.Testing;
using static Estate.Modules.Security.Tests.SecurityApi;

namespace Estate.Modules.Security.Tests;

[Collection(SecurityHostCollection.Name)]
public sealed class IncidentAndEventPlanTests(SecurityHostFixture fixture)
{
    private TestCompany Company => fixture.CompanyA;

    [Fact]
    public async Task An_incident_is_reported_handled_and_closed_and_a_closed_one_refuses_more()
    {
        var guard = Company.Staff("security");
        var incident = await guard.ReportIncidentAsync(Company.PropertyIds[0], "fire", "high");
        var url = $"/api/security/incidents/{TestCompany.IdOf(incident)}";

        var handled = await (await guard.PostJsonAsync($"{url}/handling", new { handling = "现场扑救，通知工程检查电线", version = VersionOf(incident) }))
            .ReadAsync(HttpStatusCode.OK);
        var closed = await (await guard.PostJsonAsync($"{url}/close", new { closure = "起火原因为烟头，已加装禁烟标识", version = VersionOf(handled) }))
            .ReadAsync(HttpStatusCode.OK);
        var refused = await (await guard.PostJsonAsync($"{url}/handling", new { handling = "再次处理", version = VersionOf(closed) })).ReadAsync(HttpStatusCode.Conflict);
        var listed = await (await Company.ReadOnly.GetAsync($"/api/security/incidents?type=fire&severity=high&status=closed&pageSize=100")).ReadAsync(HttpStatusCode.OK);

        Assert.Equal("open", incident.GetProperty("status").GetString());
        Assert.Equal("handling", handled.GetProperty("status").GetString());
        Assert.Equal("closed", closed.GetProperty("status").GetString());
        Assert.Equal("现场扑救，通知工程检查电线", closed.GetProperty("handling").GetString());
        Assert.Equal("incident.closed", refused.GetProperty("code").GetString());
        Assert.Contains(TestCompany.IdOf(incident), listed.GetProperty("items").EnumerateArray().Select(TestCompany.IdOf));
        Assert.All(listed.GetProperty("items").EnumerateArray(), i => Assert.Equal("fire", i.GetProperty("type").GetString()));
    }

    [Fact]
    public async Task An_incident_cannot_have_happened_in_the_future_and_needs_a_known_type_and_severity()
    {
        var problem = await (await Company.Staff("security").PostJsonAsync("/api/security/incidents", new
        {
            propertyId = Company.PropertyIds[0], type = "theft", severity = "medium", occurredAt = DateTimeOffset.UtcNow.AddDays(1), place = "东门", description = "x",
        })).ReadAsync(HttpStatusCode.BadRequest);
        var unknownType = await (await Company.Staff("security").PostJsonAsync("/api/security/incidents", new
        {
            propertyId = Company.PropertyIds[0], type = "alien", severity = "medium", occurredAt = DateTimeOffset.UtcNow, place = "东门", description = "x",
        })).ReadAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["occurredAt"], problem.ErrorFields());
        Assert.Equal(["type"], unknownType.ErrorFields());
    }

    [Fact]
    public async Task An_event_security_plan_keeps_its_posts_and_the_people_on_them()
    {
        var head = Company.Head("security");
        var starts = new DateTimeOffset(2031, 9, 20, 18, 0, 0, TimeSpan.FromHours(8));

        var plan = await (await head.PostJsonAsync("/api/security/event-plans", new
        {
            propertyId = Company.PropertyIds[0],
            name = "中秋游园会安保方案",
            startsAt = starts,
            endsAt = starts.AddHours(3.5),
            notes = "消防通道全程保持畅通",
            posts = new object[]
            {
                new { name = "主入口", location = "中心花园东侧", guardUserIds = new[] { Company.StaffUserId("security"), Company.HeadUserId("security") } },
                new { name = "活动舞台", guardUserIds = new[] { Company.StaffUserId("security") } },
            },
        })).ReadAsync(HttpStatusCode.Created);
        var stored = await (await Company.ReadOnly.GetAsync($"/api/security/event-plans/{TestCompany.IdOf(plan)}")).ReadAsync(HttpStatusCode.OK);
        var inRange = await (await Company.ReadOnly.GetAsync("/api/security/event-plans?from=2031-09-20&to=2031-09-20")).ReadAsync(HttpStatusCode.OK);
        var stranger = await (await head.PostJsonAsync("/api/security/event-plans", new
        {
            propertyId = Company.PropertyIds[0], name = "x", startsAt = starts, endsAt = starts.AddHours(1),
            posts = new[] { new { name = "主入口", guardUserIds = new[] { fixture.CompanyB.StaffUserId("security") } } },
        })).ReadAsync(HttpStatusCode.BadRequest);

        var posts = stored.GetProperty("posts").EnumerateArray().ToList();
        Assert.Equal(["主入口", "活动舞台"], posts.Select(p => p.GetProperty("name").GetString()));
        Assert.Equal(2, posts[0].GetProperty("guardNames").GetArrayLength());
        Assert.Equal(starts, stored.GetProperty("startsAt").GetDateTimeOffset());
        Assert.Contains(TestCompany.IdOf(plan), inRange.GetProperty("items").EnumerateArray().Select(TestCompany.IdOf));
        Assert.Equal(["posts[0].guardUserIds"], stranger.ErrorFields());
    }
}
