using System.Net;
using System.Text;
using System.Text.Json;
using Estate.Testing;

namespace Estate.Modules.Security.Tests;

/// <summary>The head edits posts and shifts with the version read, and takes guards off the roster.</summary>
[Collection(SecurityHostCollection.Name)]
public sealed class PostAndShiftEditingTests(SecurityHostFixture fixture)
{
    private TestCompany Company => fixture.CompanyA;

    private HttpClient Head => Company.Head("security");

    [Fact]
    public async Task A_post_is_renamed_moved_and_re_kinded_and_an_edit_on_an_old_copy_is_409()
    {
        var post = await CreatePostAsync(Company.PropertyIds[0], Unique("南门岗"), "gate");

        var edited = await (await Head.PutJsonAsync($"/api/security/posts/{TestCompany.IdOf(post)}", new
        {
            name = "南门岗（夜间）" + Unique(""),
            kind = "parking",
            location = "南门车辆入口",
            version = post.GetProperty("version").GetUInt32(),
        })).ReadAsync(HttpStatusCode.OK);
        var stale = await (await Head.PutJsonAsync($"/api/security/posts/{TestCompany.IdOf(post)}", new
        {
            name = "旧名字",
            kind = "gate",
            version = post.GetProperty("version").GetUInt32(),
        })).ReadAsync(HttpStatusCode.Conflict);
        var read = await (await Company.ReadOnly.GetAsync($"/api/security/posts/{TestCompany.IdOf(post)}")).ReadAsync(HttpStatusCode.OK);

        Assert.Equal("parking", edited.GetProperty("kind").GetString());
        Assert.Equal("南门车辆入口", read.GetProperty("location").GetString());
        Assert.Equal(edited.GetProperty("name").GetString(), read.GetProperty("name").GetString());
        Assert.NotEqual(post.GetProperty("version").GetUInt32(), read.GetProperty("version").GetUInt32());
        Assert.Equal("stale", stale.GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_shift_is_re_timed_into_a_night_shift_and_an_edit_on_an_old_copy_is_409()
    {
        var shift = await CreateShiftAsync(Company.PropertyIds[0], Unique("中班"), "14:00", "22:00");

        var edited = await (await Head.PutJsonAsync($"/api/security/shifts/{TestCompany.IdOf(shift)}", new
        {
            name = shift.GetProperty("name").GetString(),
            startsAt = "22:00",
            endsAt = "06:00",
            version = shift.GetProperty("version").GetUInt32(),
        })).ReadAsync(HttpStatusCode.OK);
        var stale = await (await Head.PutJsonAsync($"/api/security/shifts/{TestCompany.IdOf(shift)}", new
        {
            name = "中班",
            startsAt = "14:00",
            endsAt = "22:00",
            version = shift.GetProperty("version").GetUInt32(),
        })).ReadAsync(HttpStatusCode.Conflict);
        var read = await (await Head.GetAsync($"/api/security/shifts/{TestCompany.IdOf(shift)}")).ReadAsync(HttpStatusCode.OK);

        Assert.True(edited.GetProperty("crossesMidnight").GetBoolean());
        Assert.Equal("22:00:00", read.GetProperty("startsAt").GetString());
        Assert.Equal("06:00:00", read.GetProperty("endsAt").GetString());
        Assert.Equal("stale", stale.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Edits_with_bad_fields_or_a_taken_name_are_400_naming_the_fields()
    {
        var property = Company.PropertyIds[1];
        var post = await CreatePostAsync(property, Unique("北门岗"), "gate");
        var other = await CreatePostAsync(property, Unique("东门岗"), "gate");
        var shift = await CreateShiftAsync(property, Unique("白班"), "08:00", "20:00");
        var postUrl = $"/api/security/posts/{TestCompany.IdOf(post)}";
        var shiftUrl = $"/api/security/shifts/{TestCompany.IdOf(shift)}";

        var emptyPost = await (await Head.PutAsync(postUrl, Json("""{"location": "x"}"""))).ReadAsync(HttpStatusCode.BadRequest);
        var takenName = await (await Head.PutJsonAsync(postUrl, new
        {
            name = other.GetProperty("name").GetString(),
            kind = "gate",
            version = post.GetProperty("version").GetUInt32(),
        })).ReadAsync(HttpStatusCode.BadRequest);
        var emptyShift = await (await Head.PutAsync(shiftUrl, Json("""{"name": "", "startsAt": "08:00", "endsAt": "08:00"}"""))).ReadAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["kind", "name", "version"], emptyPost.ErrorFields().Order(StringComparer.Ordinal));
        Assert.Equal(["name"], takenName.ErrorFields());
        Assert.Equal(["endsAt", "name", "version"], emptyShift.ErrorFields().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_removed_roster_entry_leaves_the_roster_and_the_guard_can_be_rostered_again()
    {
        var property = Company.PropertyIds[0];
        var post = await CreatePostAsync(property, Unique("监控室"), "controlRoom");
        var shift = await CreateShiftAsync(property, Unique("夜班"), "20:00", "08:00");
        var date = new DateOnly(2031, 6, 2);
        var entry = new { postId = TestCompany.IdOf(post), shiftId = TestCompany.IdOf(shift), guardUserId = Company.StaffUserId("security"), date };
        var added = await (await Head.PostJsonAsync("/api/security/roster", entry)).ReadAsync(HttpStatusCode.Created);

        var removed = await Head.DeleteAsync($"/api/security/roster/{TestCompany.IdOf(added)}");
        var again = await Head.DeleteAsync($"/api/security/roster/{TestCompany.IdOf(added)}");
        var roster = await (await Head.GetAsync($"/api/security/roster?propertyId={property}&from=2031-06-02&to=2031-06-02&pageSize=100")).ReadAsync(HttpStatusCode.OK);
        await (await Head.PostJsonAsync("/api/security/roster", entry)).ReadAsync(HttpStatusCode.Created);

        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.DoesNotContain(roster.GetProperty("items").EnumerateArray(), i => i.GetProperty("postId").GetGuid() == TestCompany.IdOf(post));
    }

    [Fact]
    public async Task Another_companys_posts_shifts_and_roster_entries_are_404_to_read_edit_or_remove()
    {
        var b = fixture.CompanyB;
        var bHead = b.Head("security");
        var post = await (await bHead.PostJsonAsync("/api/security/posts", new { propertyId = b.PropertyIds[0], name = Unique("B 岗"), kind = "gate" })).ReadAsync(HttpStatusCode.Created);
        var shift = await (await bHead.PostJsonAsync("/api/security/shifts", new { propertyId = b.PropertyIds[0], name = Unique("B 班"), startsAt = "08:00", endsAt = "16:00" }))
            .ReadAsync(HttpStatusCode.Created);
        var entry = await (await bHead.PostJsonAsync("/api/security/roster", new
        {
            postId = TestCompany.IdOf(post), shiftId = TestCompany.IdOf(shift), guardUserId = b.StaffUserId("security"), date = new DateOnly(2031, 7, 1),
        })).ReadAsync(HttpStatusCode.Created);

        await (await Head.GetAsync($"/api/security/posts/{TestCompany.IdOf(post)}")).ReadAsync(HttpStatusCode.NotFound);
        await (await Head.GetAsync($"/api/security/shifts/{TestCompany.IdOf(shift)}")).ReadAsync(HttpStatusCode.NotFound);
        await (await Head.PutJsonAsync($"/api/security/posts/{TestCompany.IdOf(post)}", new { name = "x", kind = "gate", version = post.GetProperty("version").GetUInt32() }))
            .ReadAsync(HttpStatusCode.NotFound);
        await (await Head.PutJsonAsync($"/api/security/shifts/{TestCompany.IdOf(shift)}", new { name = "x", startsAt = "08:00", endsAt = "09:00", version = shift.GetProperty("version").GetUInt32() }))
            .ReadAsync(HttpStatusCode.NotFound);
        var remove = await Head.DeleteAsync($"/api/security/roster/{TestCompany.IdOf(entry)}");
        var stillThere = await (await bHead.GetAsync($"/api/security/roster?from=2031-07-01&to=2031-07-01&pageSize=100")).ReadAsync(HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.NotFound, remove.StatusCode);
        Assert.Contains(stillThere.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetGuid() == TestCompany.IdOf(entry));
    }

    [Fact]
    public async Task Posts_and_shifts_sort_as_asked_and_a_bad_sort_is_400()
    {
        var property = Company.PropertyIds[1];
        var tag = Guid.NewGuid().ToString("N")[..6];
        await CreatePostAsync(property, $"A{tag}", "lobby");
        await CreatePostAsync(property, $"B{tag}", "gate");
        var posts = await (await Head.GetAsync($"/api/security/posts?propertyId={property}&sort=-name&pageSize=100")).ReadAsync(HttpStatusCode.OK);
        var shifts = await (await Head.GetAsync($"/api/security/shifts?propertyId={property}&sort=-startsAt&pageSize=100")).ReadAsync(HttpStatusCode.OK);
        var badPosts = await (await Head.GetAsync("/api/security/posts?sort=location")).ReadAsync(HttpStatusCode.BadRequest);
        var badShifts = await (await Head.GetAsync("/api/security/shifts?sort=endsAt")).ReadAsync(HttpStatusCode.BadRequest);

        var names = posts.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("name").GetString()!).Where(n => n.EndsWith(tag, StringComparison.Ordinal)).ToList();
        Assert.Equal([$"B{tag}", $"A{tag}"], names);
        var starts = shifts.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("startsAt").GetString()!).ToList();
        Assert.Equal(starts.OrderDescending(StringComparer.Ordinal), starts);
        Assert.Equal(["sort"], badPosts.ErrorFields());
        Assert.Equal(["sort"], badShifts.ErrorFields());
    }

    [Fact]
    public async Task Staff_cannot_edit_posts_or_take_guards_off_the_roster()
    {
        var post = await CreatePostAsync(Company.PropertyIds[0], Unique("西门岗"), "gate");
        var staff = Company.Staff("security");

        var edit = await staff.PutJsonAsync($"/api/security/posts/{TestCompany.IdOf(post)}", new { name = "x", kind = "gate", version = post.GetProperty("version").GetUInt32() });
        var remove = await staff.DeleteAsync($"/api/security/roster/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, remove.StatusCode);
    }

    private static string Unique(string name) => name + Guid.NewGuid().ToString("N")[..6];

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private async Task<JsonElement> CreatePostAsync(Guid propertyId, string name, string kind) =>
        await (await Head.PostJsonAsync("/api/security/posts", new { propertyId, name, kind, location = "小区入口" })).ReadAsync(HttpStatusCode.Created);

    private async Task<JsonElement> CreateShiftAsync(Guid propertyId, string name, string startsAt, string endsAt) =>
        await (await Head.PostJsonAsync("/api/security/shifts", new { propertyId, name, startsAt, endsAt })).ReadAsync(HttpStatusCode.Created);
}
