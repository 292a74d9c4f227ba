using System.Net;
using Estate.Testing;

namespace Estate.EndToEnd;

/// <summary>The shell every page lives in: sign-in, the menu by permission and module switch, language, not-found.</summary>
public sealed class ShellTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task A_wrong_password_keeps_the_user_on_the_sign_in_page_with_the_error()
    {
        var page = await OpenAsync();
        var signIn = new SignInPage(page);

        await signIn.SignInAsync("manager@demo.estate", "not-the-password");

        await Assertions.Expect(signIn.Error).ToBeVisibleAsync();
        await Assertions.Expect(signIn.Error).ToContainTextAsync("邮箱或密码错误");
        Assert.Contains("/account/sign-in", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_in_opens_the_dashboard_with_the_menu_and_signing_out_returns_to_the_sign_in_page()
    {
        var page = await OpenSignedInAsync("manager@demo.estate");

        await Assertions.Expect(page.GetByTestId("dashboard")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("nav-menu")).ToContainTextAsync("首页");

        await page.GetByTestId("user-menu").ClickAsync();
        await page.GetByTestId("sign-out").ClickAsync();
        await page.WaitForURLAsync("**/account/sign-in**");
        await GoToSignInAfterProtectedPageAsync(page);
    }

    [Fact]
    public async Task A_page_asked_for_before_signing_in_leads_to_the_sign_in_page_and_back()
    {
        var page = await OpenAsync();
        await page.GotoAsync("/admin/properties");
        await page.WaitForURLAsync("**/account/sign-in**");

        await new SignInPage(page).SignInAsync("companyadmin@demo.estate", BrowserFixture.DemoPassword);
        await Interactive.WaitAsync(page);

        await Assertions.Expect(page.GetByTestId("property-list")).ToBeVisibleAsync();
        Assert.EndsWith("/admin/properties", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_user_who_chooses_English_gets_English_labels_again_in_another_browser_and_Chinese_comes_back()
    {
        var email = $"lang-{Guid.NewGuid():N}"[..15] + "@demo.estate";
        var admin = await Fixture.ApiAsync("companyadmin@demo.estate");
        await (await admin.PostJsonAsync("/api/platform/users", new
        {
            email, password = BrowserFixture.DemoPassword, displayName = "语言测试", role = "senior-manager", allProperties = true,
        })).ReadAsync(HttpStatusCode.Created);
        var page = await OpenSignedInAsync(email);
        await Assertions.Expect(page.GetByTestId("nav-menu")).ToContainTextAsync("首页");

        await page.GetByTestId("language-menu").ClickAsync();
        await page.GetByTestId("language-en").ClickAsync();
        await Interactive.WaitAsync(page);
        await Assertions.Expect(page.GetByTestId("nav-menu")).ToContainTextAsync("Home");
        await Assertions.Expect(page.GetByTestId("dashboard")).ToContainTextAsync("Dashboard");
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));

        // Another browser: no cookies at all, so the language can only come from what is stored with the user.
        await page.Context.ClearCookiesAsync();
        await new SignInPage(page).SignInAsync(email, BrowserFixture.DemoPassword);
        await Interactive.WaitAsync(page);
        await Assertions.Expect(page.GetByTestId("nav-menu")).ToContainTextAsync("Home");

        await page.GetByTestId("language-menu").ClickAsync();
        await page.GetByTestId("language-zh").ClickAsync();
        await Interactive.WaitAsync(page);
        await Assertions.Expect(page.GetByTestId("nav-menu")).ToContainTextAsync("首页");
        await Assertions.Expect(page.GetByTestId("nav-menu")).Not.ToContainTextAsync("Home");
    }

    [Fact]
    public async Task A_module_switched_off_loses_its_menu_group_and_its_pages_are_not_found()
    {
        var admin = await Fixture.ApiAsync("companyadmin@demo.estate");
        await (await admin.PutJsonAsync("/api/platform/modules/engineering", new { enabled = false })).ReadAsync(HttpStatusCode.OK);
        try
        {
            var page = await OpenSignedInAsync("manager@demo.estate");

            await Assertions.Expect(page.Locator("[data-menu-module=engineering]")).ToHaveCountAsync(0);
            var response = await page.GotoAsync("/engineering/work-orders");
            await Interactive.WaitAsync(page);
            Assert.Equal(404, response!.Status);
            await Assertions.Expect(page.GetByTestId("not-found")).ToBeVisibleAsync();
        }
        finally
        {
            await (await admin.PutJsonAsync("/api/platform/modules/engineering", new { enabled = true })).ReadAsync(HttpStatusCode.OK);
        }

        await GoToAsync("/");
        await Assertions.Expect(Page.Locator("[data-menu-module=engineering]")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task Users_without_the_company_admin_permission_see_no_administration_menu_nor_its_pages()
    {
        var page = await OpenSignedInAsync("engineering.staff@demo.estate");

        await Assertions.Expect(page.GetByTestId("nav-menu")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-menu-module=admin]")).ToHaveCountAsync(0);

        // Opened by address, the server refuses the page (access denied leads to the not-found page).
        await GoToAsync("/admin/users");
        await Assertions.Expect(page.GetByTestId("not-found")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("user-list")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task An_unknown_address_shows_the_not_found_page_with_status_404()
    {
        var page = await OpenSignedInAsync("viewer@demo.estate");

        var response = await page.GotoAsync("/no-such-page");
        await Interactive.WaitAsync(page);

        Assert.Equal(404, response!.Status);
        await Assertions.Expect(page.GetByTestId("not-found")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("nav-menu")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_layout_fits_a_tablet_and_the_menu_button_folds_the_menu_away()
    {
        var page = await OpenSignedInAsync("manager@demo.estate", Tablet);

        await Assertions.Expect(page.GetByTestId("dashboard")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("nav-menu")).ToBeVisibleAsync();
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(overflow, "the page is wider than a 1024 px tablet");

        await page.GetByTestId("menu-button").ClickAsync();
        await Assertions.Expect(page.GetByTestId("nav-menu")).Not.ToBeInViewportAsync();
        await page.GetByTestId("menu-button").ClickAsync();
        await Assertions.Expect(page.GetByTestId("nav-menu")).ToBeInViewportAsync();
    }

    private static async Task GoToSignInAfterProtectedPageAsync(IPage page)
    {
        await page.GotoAsync("/");
        await page.WaitForURLAsync("**/account/sign-in**");
        await Assertions.Expect(page.Locator("input[name=email]")).ToBeVisibleAsync();
    }
}
