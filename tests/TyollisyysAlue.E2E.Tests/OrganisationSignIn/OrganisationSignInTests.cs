using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using TyollisyysAlue.Infrastructure.Identity;
using TyollisyysAlue.Web.Auth;

namespace TyollisyysAlue.E2E.Tests.OrganisationSignIn;

/// <summary>
/// Organisation sign-in end to end (issue 11) against a real OpenID provider on loopback (<see cref="TestOpenIdProvider"/>):
/// code flow with PKCE, the app's own validation of the ID token, RP-initiated and back-channel logout. The accounts
/// are those of tests/oidc-provider/provider.js.
/// </summary>
[Collection(OrganisationSignInCollection.Name)]
public sealed class OrganisationSignInTests(OrganisationSignInFixture app) : IAsyncLifetime
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
    public async Task An_invited_user_signs_in_with_the_organisation_account_and_lands_in_their_area()
    {
        await InviteAsync("aino.virtanen@porvoo.example.fi", "Aino Virtanen");

        await ProviderSignIn.SignInAsync(_page, app.BaseAddress, "aino.virtanen@porvoo.example.fi");

        await Expect(_page).ToHaveURLAsync(InPorvoo);
        await Expect(_page.GetByTestId("members")).ToContainTextAsync("Loviisa");
        // The invitation is accepted by the organisation's word: the account is active, named from the token, linked by oid.
        var user = await FindLoginAsync("0b6f3c1e-58a4-4d8e-9c2b-1f2a3b4c5d01");
        Assert.NotNull(user);
        Assert.Equal(("aino.virtanen@porvoo.example.fi", "Aino Virtanen", true), (user.Email, user.DisplayName, user.IsActive));
        await Interactive.ReadyAsync(_page);
        await Expect(_page.GetByTestId("user-menu")).ToContainTextAsync("Aino Virtanen");
    }

    [Fact]
    public async Task An_organisation_account_with_an_unknown_e_mail_is_refused_with_a_clear_message_and_no_session()
    {
        await ProviderSignIn.SignInAsync(_page, app.BaseAddress, "olli.ulkopuolinen@example.org");

        await ExpectRefusedAsync("Kirjautuminen organisaation tunnuksella ei onnistunut. Tunnuksesi täytyy ensin kutsua palveluun.");
        Assert.Null(await FindLoginAsync("0b6f3c1e-58a4-4d8e-9c2b-1f2a3b4c5d03"));
        await Axe.AssertNoViolationsAsync(_page);
    }

    [Fact]
    public async Task Signing_out_of_the_app_ends_the_provider_session_too()
    {
        await ProviderSignIn.SignInAsync(_page, app.BaseAddress, "viewer.porvoo@example.fi");
        await Expect(_page).ToHaveURLAsync(InPorvoo);
        // Control: while the provider's session lives, a new sign-in needs no password (single sign-on).
        await _context.ClearCookiesAsync(new() { Name = "ta.auth" });
        await _page.GotoAsync("/account/login");
        await ProviderSignIn.OrganisationButton(_page).ClickAsync();
        await Expect(_page).ToHaveURLAsync(InPorvoo);

        await Interactive.ChooseAsync(_page, "user-menu", "sign-out");
        await _page.GetByRole(AriaRole.Button, new() { Name = "Yes, sign me out" }).ClickAsync();

        await Expect(_page).ToHaveURLAsync(OnSignInPage);
        await ExpectNoSessionAsync();
        await _page.GotoAsync("/areas/porvoo");
        await Expect(_page).ToHaveURLAsync(OnSignInPage);
        // The provider's session ended as well: it asks for the password again.
        await ProviderSignIn.OrganisationButton(_page).ClickAsync();
        await Expect(ProviderSignIn.LoginHeading(_page)).ToBeVisibleAsync();
        await Expect(_page.GetByLabel("Password")).ToBeEmptyAsync();
    }

    /// <summary>
    /// The other direction (OpenID Connect back-channel logout): the user signs out on the provider's own page, the
    /// provider posts a logout token to the app, and the app session ends — the open tab and a copied cookie alike.
    /// </summary>
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
        // The ended session may already have sent the open tab's circuit to sign-in; the navigation then is interrupted
        // by that one, which is the outcome this test wants as well.
        try { await _page.GotoAsync("/areas/porvoo/municipalities"); }
        catch (PlaywrightException e) when (e.Message.Contains("interrupted by another navigation", StringComparison.Ordinal)) { }
        await Expect(_page).ToHaveURLAsync(OnSignInPage);
        await ExpectNoSessionAsync();
        await copied.GotoAsync("/areas/porvoo");
        await Expect(copied).ToHaveURLAsync(OnSignInPage);
        // The provider's session ended too: signing in again asks for the password.
        await ProviderSignIn.OrganisationButton(_page).ClickAsync();
        await Expect(ProviderSignIn.LoginHeading(_page)).ToBeVisibleAsync();
    }

    [Fact]
    public Task An_id_token_whose_signature_does_not_match_its_claims_is_refused() =>
        // provider.js rewrites mallory's ID token to say admin.porvoo@example.fi, keeping the original signature.
        ExpectBrokenTokenRefusedAsync("mallory@example.org", "mallory", "0b6f3c1e-58a4-4d8e-9c2b-1f2a3b4c5d04");

    [Fact]
    public Task An_expired_id_token_is_refused_even_when_correctly_signed() =>
        // provider.js re-signs this account's ID token with its own key, expired an hour ago; the e-mail is the planner's.
        ExpectBrokenTokenRefusedAsync("planner.porvoo@example.fi", "expired", "0b6f3c1e-58a4-4d8e-9c2b-1f2a3b4c5d05");

    /// <summary>The provider did break the token (its log says so), and the app refused it: message, no session, no link.</summary>
    private async Task ExpectBrokenTokenRefusedAsync(string username, string accountId, string oid)
    {
        await ProviderSignIn.SignInAsync(_page, app.BaseAddress, username);

        Assert.Contains($"broke the id_token of {accountId}", app.Provider.Output);
        await ExpectRefusedAsync(Rejected);
        Assert.Null(await FindLoginAsync(oid));
    }

    private const string Rejected =
        "Organisaation tunnuksella kirjautumista ei voitu vahvistaa, joten sinua ei kirjattu sisään. Yritä uudelleen; jos virhe toistuu, ota yhteyttä organisaatiosi tietohallintoon.";

    /// <summary>Back on the sign-in page with the message, and no session: a protected page asks for sign-in.</summary>
    private async Task ExpectRefusedAsync(string message)
    {
        await Expect(_page).ToHaveURLAsync(OnSignInPage);
        await Expect(_page.GetByTestId("signin-error")).ToHaveTextAsync(message);
        await ExpectNoSessionAsync();
    }

    /// <summary>Neither the app's sign-in cookie nor the external sign-in's is in the browser; a protected page asks for sign-in.</summary>
    private async Task ExpectNoSessionAsync()
    {
        var names = (await _context.CookiesAsync()).Select(c => c.Name).ToList();
        Assert.DoesNotContain("ta.auth", names);
        Assert.DoesNotContain(names, name => name.Contains(IdentityConstants.ExternalScheme, StringComparison.Ordinal));
        var anotherTab = await _context.NewPageAsync();
        await anotherTab.GotoAsync("/areas/porvoo");
        await Expect(anotherTab).ToHaveURLAsync(OnSignInPage);
        await anotherTab.CloseAsync();
    }

    /// <summary>An area administrator invites the person by name and e-mail (a new, inactive account with a role).</summary>
    private async Task InviteAsync(string email, string name)
    {
        await using var adminContext = await app.NewContextAsync();
        var admin = await adminContext.NewPageAsync();
        await SignInPage.SignInAsync(admin, "admin.porvoo@example.fi");
        await admin.GotoAsync("/areas/porvoo/admin");
        await Interactive.ReadyAsync(admin);
        var invite = admin.GetByTestId("invite-user");
        await invite.GetByTestId("invite-name").FillAsync(name);
        await invite.GetByTestId("invite-email").FillAsync(email);
        await invite.GetByTestId("invite-submit").ClickAsync();
        await Expect(invite.GetByTestId("invitation-link-value")).ToHaveValueAsync(new Regex("accept-invitation"));
    }

    private async Task<ApplicationUser?> FindLoginAsync(string key)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByLoginAsync(AuthSetup.OidcScheme, key);
    }
}
