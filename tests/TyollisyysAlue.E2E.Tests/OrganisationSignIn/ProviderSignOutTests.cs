using System.Text.RegularExpressions;

namespace TyollisyysAlue.E2E.Tests.OrganisationSignIn;

/// <summary>
/// Issue 11, "the provider's sign-out ends the app session": the user signs out at the organisation's identity provider
/// (its own sign-out page, not the app's), the provider posts a logout token to the app's back-channel endpoint
/// (OpenID Connect Back-Channel Logout), and the app session ends — the open tab and a copied cookie alike.
/// </summary>
[Collection(OrganisationSignInCollection.Name)]
public sealed class ProviderSignOutTests(OrganisationSignInFixture app) : IAsyncLifetime
{
    private static readonly Regex InPorvoo = new("/areas/porvoo$");
    private static readonly Regex OnSignInPage = new("/account/login");
    private IBrowserContext _context = default!;
    private IPage _page = default!;

    public async Task InitializeAsync()
    {
        _context = await app.NewContextAsync();
        _context.SetDefaultTimeout(15_000);
        _page = await _context.NewPageAsync();
    }

    public Task DisposeAsync() => _context.DisposeAsync().AsTask();

    [Fact]
    public async Task Signing_out_at_the_provider_ends_the_app_session_in_the_open_tab_and_for_a_copied_cookie()
    {
        await ProviderSignIn.SignInAsync(_page, app.BaseAddress, "viewer.porvoo@example.fi");
        await Expect(_page).ToHaveURLAsync(InPorvoo);
        await Interactive.ReadyAsync(_page);
        // An attacker's copy of the session cookie opens the area (control).
        var session = (await _context.CookiesAsync()).Single(c => c.Name == "ta.auth");
        await using var attacker = await app.NewContextAsync();
        attacker.SetDefaultTimeout(15_000);
        await attacker.AddCookiesAsync([new() { Name = session.Name, Value = session.Value, Url = app.BaseAddress.ToString() }]);
        var copied = await attacker.NewPageAsync();
        await copied.GotoAsync("/areas/porvoo");
        await Expect(copied).ToHaveURLAsync(InPorvoo);

        // In another tab the user signs out at the provider itself; it tells the app before it answers.
        var providerTab = await _context.NewPageAsync();
        await providerTab.GotoAsync(new Uri(app.Provider.Issuer, "/session/end").ToString());
        await providerTab.GetByRole(AriaRole.Button, new() { Name = "Yes, sign me out" }).ClickAsync();
        await Expect(providerTab.GetByRole(AriaRole.Heading, new() { Name = "You are signed out" })).ToBeVisibleAsync();
        await app.Provider.WaitForOutputAsync("backchannel logout of viewer: accepted");

        // The app tab gets the sign-in page on its next navigation, and so does the copied cookie.
        await _page.BringToFrontAsync();
        await _page.GotoAsync("/areas/porvoo/municipalities");
        await Expect(_page).ToHaveURLAsync(OnSignInPage);
        Assert.DoesNotContain("ta.auth", (await _context.CookiesAsync()).Select(c => c.Name));
        await copied.GotoAsync("/areas/porvoo");
        await Expect(copied).ToHaveURLAsync(OnSignInPage);
        // The provider's session ended too: signing in again asks for the password.
        await ProviderSignIn.OrganisationButton(_page).ClickAsync();
        await Expect(ProviderSignIn.LoginHeading(_page)).ToBeVisibleAsync();
    }
}
