namespace Estate.EndToEnd;

/// <summary>The sign-in form (static server rendering, a plain form post).</summary>
public sealed class SignInPage(IPage page)
{
    public ILocator Error => page.GetByTestId("sign-in-error");

    public async Task OpenAsync() => await page.GotoAsync("/account/sign-in");

    public async Task SignInAsync(string email, string password)
    {
        if (!page.Url.Contains("/account/sign-in", StringComparison.Ordinal))
        {
            await OpenAsync();
        }

        await page.Locator("input[name=email]").FillAsync(email);
        await page.Locator("input[name=password]").FillAsync(password);
        await page.Locator("button[type=submit]").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }
}

/// <summary>Blazor renders nothing until the circuit is up (no prerendering): the layout's marker means interactive.</summary>
public static class Interactive
{
    public static async Task WaitAsync(IPage page) =>
        await page.GetByTestId("app-ready").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
}
