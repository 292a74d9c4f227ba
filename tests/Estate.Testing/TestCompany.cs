using System.Net;
using System.Text.Json;

namespace Estate.Testing;

/// <summary>
/// A company made through the platform API as an operator would: two properties and one signed-in user
/// per role, every installed module on unless told otherwise.
/// </summary>
public sealed class TestCompany
{
    public const string Password = "Test!Pass2026";

    private TestCompany(Guid id, string name)
    {
        Id = id;
        Name = name;
    }

    public Guid Id { get; }

    public string Name { get; }

    public IReadOnlyList<Guid> PropertyIds { get; private set; } = [];

    public HttpClient Admin { get; private set; } = null!;

    public HttpClient Manager { get; private set; } = null!;

    public HttpClient ReadOnly { get; private set; } = null!;

    private Dictionary<string, (HttpClient Client, Guid UserId)> Heads { get; } = [];

    private Dictionary<string, (HttpClient Client, Guid UserId)> StaffMembers { get; } = [];

    /// <summary>The head of a department (a module id such as "engineering").</summary>
    public HttpClient Head(string department) => Heads[department].Client;

    public Guid HeadUserId(string department) => Heads[department].UserId;

    /// <summary>A staff member of a department (a module id such as "engineering").</summary>
    public HttpClient Staff(string department) => StaffMembers[department].Client;

    public Guid StaffUserId(string department) => StaffMembers[department].UserId;

    /// <summary>
    /// A company with two properties, an admin, a senior manager, a read-only user, and a head and a staff
    /// member for every installed module.
    /// </summary>
    public static async Task<TestCompany> CreateAsync(EstateHost host, string? name = null, IReadOnlyList<string>? modules = null, string timeZone = "Asia/Shanghai")
    {
        name ??= $"Company {Guid.NewGuid():N}"[..20];
        var tag = Guid.NewGuid().ToString("N")[..8];
        var platformAdmin = await host.SignInAsync(EstateHost.AdminEmail, EstateHost.AdminPassword);
        var created = await (await platformAdmin.PostJsonAsync("/api/platform/organizations", new
        {
            name,
            timeZone,
            modules,
            admin = new { email = $"admin-{tag}@company.test", password = Password, displayName = "Company admin" },
        })).ReadAsync(HttpStatusCode.Created);

        var company = new TestCompany(created.GetProperty("id").GetGuid(), name);
        company.Admin = await host.SignInAsync($"admin-{tag}@company.test", Password);
        var properties = new List<Guid>();
        foreach (var property in new[] { "North Garden", "South Court" })
        {
            var body = await (await company.Admin.PostJsonAsync("/api/platform/properties", new { name = property, address = "1 Test Road" })).ReadAsync(HttpStatusCode.Created);
            properties.Add(body.GetProperty("id").GetGuid());
        }

        company.PropertyIds = properties;
        company.Manager = await company.AddUserAsync(host, $"manager-{tag}", "senior-manager", null);
        company.ReadOnly = await company.AddUserAsync(host, $"viewer-{tag}", "read-only", null);
        var installed = await (await company.Admin.GetAsync("/api/platform/modules")).ReadAsync(HttpStatusCode.OK);
        foreach (var department in installed.EnumerateArray().Select(m => m.GetProperty("id").GetString()!))
        {
            company.Heads[department] = await company.AddUserWithIdAsync(host, $"{department}-head-{tag}", "department-head", department);
            company.StaffMembers[department] = await company.AddUserWithIdAsync(host, $"{department}-staff-{tag}", "staff", department);
        }

        return company;
    }

    public async Task<HttpClient> AddUserAsync(EstateHost host, string login, string role, string? department, bool allProperties = true, IReadOnlyList<Guid>? propertyIds = null) =>
        (await AddUserWithIdAsync(host, login, role, department, allProperties, propertyIds)).Client;

    public async Task<(HttpClient Client, Guid UserId)> AddUserWithIdAsync(
        EstateHost host, string login, string role, string? department, bool allProperties = true, IReadOnlyList<Guid>? propertyIds = null)
    {
        var email = $"{login}@company.test";
        var user = await (await Admin.PostJsonAsync("/api/platform/users", new
        {
            email,
            password = Password,
            displayName = login,
            role,
            department,
            allProperties,
            propertyIds = propertyIds ?? [],
        })).ReadAsync(HttpStatusCode.Created);
        return (await host.SignInAsync(email, Password), user.GetProperty("id").GetGuid());
    }

    public static Guid IdOf(JsonElement body) => body.GetProperty("id").GetGuid();
}
