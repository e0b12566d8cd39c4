namespace TyollisyysAlue.E2E.Tests.OrganisationSignIn;

/// <summary>The organisation sign-in as a user does it: the app's button, then the provider's own login form.</summary>
internal static class ProviderSignIn
{
    public static ILocator OrganisationButton(IPage page) =>
        page.GetByRole(AriaRole.Button, new() { Name = "Kirjaudu organisaation tunnuksella" });

    public static ILocator LoginHeading(IPage page) =>
        page.GetByRole(AriaRole.Heading, new() { Name = "Sign in to the test organisation" });

    /// <summary>From the app's sign-in page to the provider's login form.</summary>
    public static async Task OpenProviderLoginAsync(IPage page)
    {
        if (!page.Url.Contains("/account/login", StringComparison.Ordinal)) await page.GotoAsync("/account/login");
        await OrganisationButton(page).ClickAsync();
        await Expect(LoginHeading(page)).ToBeVisibleAsync();
    }

    /// <summary>
    /// Signs in at the provider with an account of provider.js and waits until the provider has sent the browser back
    /// and the app has answered (its callbacks done).
    /// </summary>
    public static async Task SignInAsync(IPage page, Uri app, string username)
    {
        await OpenProviderLoginAsync(page);
        await page.GetByLabel("Username").FillAsync(username);
        await page.GetByLabel("Password").FillAsync(TestOpenIdProvider.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        var origin = app.GetLeftPart(UriPartial.Authority);
        await page.WaitForURLAsync(url => url.StartsWith(origin, StringComparison.Ordinal)
            && !url.Contains("/signin-oidc", StringComparison.Ordinal) && !url.Contains("/account/external-callback", StringComparison.Ordinal));
    }
}
