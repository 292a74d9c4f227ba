using System.Net;
using Estate.Testing;

namespace Estate.EndToEnd;

/// <summary>The company admin's pages: properties, users and module switches.</summary>
public sealed class AdministrationTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task A_property_created_on_the_page_appears_in_the_list()
    {
        var page = await OpenSignedInAsync("companyadmin@demo.estate");
        await GoToAsync("/admin/properties");
        var name = $"绿城花园 {Guid.NewGuid():N}"[..12];

        await Input("property-name").FillAsync(name);
        await Input("property-address").FillAsync("杭州市西湖区文三路 1 号");
        await page.GetByTestId("property-save").ClickAsync();

        await Assertions.Expect(page.GetByTestId("property-list")).ToContainTextAsync(name);
    }

    [Fact]
    public async Task A_property_without_a_name_is_refused_next_to_the_field()
    {
        var page = await OpenSignedInAsync("companyadmin@demo.estate");
        await GoToAsync("/admin/properties");

        await page.GetByTestId("property-save").ClickAsync();

        await Assertions.Expect(page.GetByTestId("property-form")).ToContainTextAsync("'name'");
    }

    [Fact]
    public async Task Editing_a_property_someone_else_changed_meanwhile_shows_the_conflict()
    {
        var page = await OpenSignedInAsync("companyadmin@demo.estate");
        var admin = await Fixture.ApiAsync("companyadmin@demo.estate");
        var name = $"冲突测试 {Guid.NewGuid():N}"[..10];
        var created = await (await admin.PostJsonAsync("/api/platform/properties", new { name, address = "1 号" })).ReadAsync(HttpStatusCode.Created);
        await GoToAsync("/admin/properties");

        var row = page.GetByTestId("property-list").Locator("tr", new() { HasText = name });
        await row.GetByTestId("property-edit").ClickAsync();
        await (await admin.PutJsonAsync($"/api/platform/properties/{created.GetProperty("id").GetGuid()}",
            new { name = name + " A", address = "2 号", version = created.GetProperty("version").GetUInt32() })).ReadAsync(HttpStatusCode.OK);
        await Input("property-address").FillAsync("3 号");
        await page.GetByTestId("property-save").ClickAsync();

        await Assertions.Expect(page.GetByTestId("property-conflict")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("property-list")).ToContainTextAsync(name + " A");
    }

    [Fact]
    public async Task A_user_created_on_the_page_appears_in_the_list()
    {
        var page = await OpenSignedInAsync("companyadmin@demo.estate");
        await GoToAsync("/admin/users");
        var email = $"new-{Guid.NewGuid():N}"[..12] + "@demo.estate";

        await page.GetByTestId("user-new").ClickAsync();
        await Input("user-email").FillAsync(email);
        await Input("user-name").FillAsync("新同事");
        await Input("user-password").FillAsync("Welcome!2026");
        await page.GetByTestId("user-save").ClickAsync();

        // Staff need a department: the form says so next to the field.
        await Assertions.Expect(page.GetByTestId("user-department")).ToContainTextAsync("须指定所属部门");
        await page.GetByTestId("user-department").Locator("div.mud-select").First.ClickAsync();
        await page.GetByRole(AriaRole.Option).First.ClickAsync();
        await page.GetByTestId("user-save").ClickAsync();

        await Assertions.Expect(page.GetByTestId("user-list")).ToContainTextAsync(email);
    }

    [Fact]
    public async Task Switching_a_module_off_on_the_page_removes_its_menu_group_and_on_brings_it_back()
    {
        var page = await OpenSignedInAsync("companyadmin@demo.estate");
        await GoToAsync("/admin/modules");
        var toggle = Input("module-switch-engineering");
        await Assertions.Expect(page.GetByTestId("module-list")).ToContainTextAsync("工程");
        await Assertions.Expect(page.Locator("[data-menu-module=engineering]")).ToHaveCountAsync(1);

        try
        {
            await toggle.ClickAsync();
            await Assertions.Expect(page.Locator("[data-menu-module=engineering]")).ToHaveCountAsync(0);
            await toggle.ClickAsync();
            await Assertions.Expect(page.Locator("[data-menu-module=engineering]")).ToHaveCountAsync(1);
        }
        finally
        {
            // Tests share the demo company: leave engineering on whatever happened above.
            var admin = await Fixture.ApiAsync("companyadmin@demo.estate");
            await (await admin.PutJsonAsync("/api/platform/modules/engineering", new { enabled = true })).ReadAsync(HttpStatusCode.OK);
        }
    }
}
