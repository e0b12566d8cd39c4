using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Application.Users;
using TyollisyysAlue.Domain.Access;
using TyollisyysAlue.Infrastructure.Identity;
using TyollisyysAlue.Infrastructure.Seeding;
using TyollisyysAlue.TestSupport;

namespace TyollisyysAlue.Web.Tests.Admin;

[Collection(AppCollection.Name)]
public partial class InvitationTests(AppFixture app)
{
    /// <summary>Invites as the area's administrator (or as <paramref name="by"/>), through the administration page's services.</summary>
    private async Task<InvitationResult> InviteAsync(Guid area, string email, AreaRole role, string? by = null)
    {
        await using var scope = await app.Factory.Services.AsAsync(area, by ?? Acting.AdministratorOf(area));
        return await scope.ServiceProvider.GetRequiredService<AreaInvitations>().InviteAsync(new() { Email = email, Name = "Kutsuttu Käyttäjä", Role = role });
    }

    /// <summary>The link of an invitation that was saved.</summary>
    private async Task<string?> InvitedAsync(Guid area, string email, AreaRole role)
    {
        var result = await InviteAsync(area, email, role);
        Assert.IsType<WriteOutcome<InvitationForm>.Saved>(result.Outcome);
        return result.Link;
    }

    private async Task<InvitationOutcome> ResetAsync(Guid area, Guid userId, string? by = null)
    {
        await using var scope = await app.Factory.Services.AsAsync(area, by ?? Acting.AdministratorOf(area));
        return await scope.ServiceProvider.GetRequiredService<AreaInvitations>().ResetPasswordAsync(userId);
    }

    private static string NewEmail() => $"invited-{Guid.NewGuid():N}@example.fi";

    [Fact]
    public async Task An_invited_person_sets_a_password_from_the_link_and_can_then_sign_in()
    {
        var email = NewEmail();
        var link = await InvitedAsync(DemoAreas.Porvoo, email, AreaRole.Planner);
        using (var admin = await app.SignedInAs("admin.porvoo@example.fi"))
            Assert.Contains("Kutsuttu", WebUtility.HtmlDecode(await admin.GetStringAsync("/areas/porvoo/admin")), StringComparison.Ordinal);
        using var client = app.Anonymous();
        using (var before = await SignIn.PostAsync(client, email, "Uusi-salasana-2026"))
            Assert.NotEqual(HttpStatusCode.Redirect, before.StatusCode); // inactive, no password yet

        using var accepted = await AcceptAsync(client, link!, "Uusi-salasana-2026");
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        using var signedIn = await SignIn.ClientForAsync(app.Factory, email, "Uusi-salasana-2026");
        Assert.Equal(HttpStatusCode.OK, (await signedIn.GetAsync("/areas/porvoo/municipalities")).StatusCode);
    }

    [Fact]
    public async Task A_weak_password_or_a_used_link_is_refused()
    {
        var email = NewEmail();
        var link = await InvitedAsync(DemoAreas.Porvoo, email, AreaRole.Viewer);
        using var client = app.Anonymous();
        using var weak = await AcceptAsync(client, link!, "lyhyt");
        Assert.Contains("data-testid=\"invitation-error\"", await weak.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        (await AcceptAsync(client, link!, "Hyva-salasana-2026")).Dispose();
        using var again = await AcceptAsync(client, link!, "Toinen-salasana-2026");
        Assert.Contains("Linkki on vanhentunut tai jo käytetty", WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invitation_to_an_existing_member_is_refused_and_an_account_from_another_area_just_gets_the_role()
    {
        var refused = Assert.IsType<WriteOutcome<InvitationForm>.Invalid>((await InviteAsync(DemoAreas.Porvoo, "planner.porvoo@example.fi", AreaRole.Viewer)).Outcome);
        Assert.Equal("Users.AlreadyMember", Assert.Single(refused.Errors).ErrorCode);

        var email = NewEmail();
        var link = await InvitedAsync(DemoAreas.Porvoo, email, AreaRole.Viewer);
        using var client = app.Anonymous();
        (await AcceptAsync(client, link!, "Hyva-salasana-2026")).Dispose();
        Assert.Null(await InvitedAsync(DemoAreas.Kuopio, email, AreaRole.Viewer));
    }

    [Fact]
    public async Task Access_removed_from_the_area_comes_back_by_inviting_the_same_address_again()
    {
        var email = NewEmail();
        var link = await InvitedAsync(DemoAreas.Porvoo, email, AreaRole.Planner);
        using var client = app.Anonymous();
        (await AcceptAsync(client, link!, "Hyva-salasana-2026")).Dispose();
        var userId = await UserIdAsync(email);

        await using (var scope = await app.Factory.Services.AsAsync(DemoAreas.Porvoo, "admin.porvoo@example.fi"))
            Assert.IsType<WriteOutcome<RemoveAccessForm>.Saved>(await scope.ServiceProvider.GetRequiredService<RemoveAccess>().RunAsync(new RemoveAccessForm(userId)));
        using (var removed = await SignIn.ClientForAsync(app.Factory, email, "Hyva-salasana-2026"))
            Assert.NotEqual(HttpStatusCode.OK, (await removed.GetAsync("/areas/porvoo/municipalities")).StatusCode);

        Assert.Null(await InvitedAsync(DemoAreas.Porvoo, email, AreaRole.Viewer));
        using var back = await SignIn.ClientForAsync(app.Factory, email, "Hyva-salasana-2026");
        Assert.Equal(HttpStatusCode.OK, (await back.GetAsync("/areas/porvoo/municipalities")).StatusCode);
    }

    [Fact]
    public async Task A_non_administrator_cannot_invite_or_reset()
    {
        var email = NewEmail();
        Assert.IsType<WriteOutcome<InvitationForm>.Forbidden>((await InviteAsync(DemoAreas.Porvoo, email, AreaRole.Viewer, by: "planner.porvoo@example.fi")).Outcome);
        Assert.Null(await UserIdOrNullAsync(email)); // no account was created for a refused invitation
        Assert.IsType<InvitationOutcome.Forbidden>(await ResetAsync(DemoAreas.Porvoo, Guid.NewGuid(), by: "planner.porvoo@example.fi"));
    }

    [Fact]
    public async Task A_password_reset_link_sets_a_new_password_for_a_user_of_the_area_only()
    {
        var email = NewEmail();
        var link = await InvitedAsync(DemoAreas.Porvoo, email, AreaRole.Viewer);
        using var client = app.Anonymous();
        (await AcceptAsync(client, link!, "Hyva-salasana-2026")).Dispose();
        var userId = await UserIdAsync(email);

        Assert.IsType<InvitationOutcome.NotFound>(await ResetAsync(DemoAreas.Kuopio, userId));
        var reset = Assert.IsType<InvitationOutcome.Done>(await ResetAsync(DemoAreas.Porvoo, userId));
        (await AcceptAsync(client, reset.Link!, "Vaihdettu-salasana-2026")).Dispose();
        using var signedIn = await SignIn.ClientForAsync(app.Factory, email, "Vaihdettu-salasana-2026");
    }

    private async Task<Guid> UserIdAsync(string email) => await UserIdOrNullAsync(email) ?? throw new InvalidOperationException($"No account {email}.");

    private async Task<Guid?> UserIdOrNullAsync(string email)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<ApplicationUser>>();
        return (await users.FindByEmailAsync(email))?.Id;
    }

    /// <summary>Opens the link and posts the form as a browser would.</summary>
    internal static async Task<HttpResponseMessage> AcceptAsync(HttpClient client, string link, string password)
    {
        var page = await client.GetStringAsync(link);
        var query = System.Web.HttpUtility.ParseQueryString(new Uri(new Uri("http://localhost"), link).Query);
        return await client.PostAsync(link, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "accept-invitation",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(Antiforgery().Match(page).Groups[1].Value),
            ["Form.Email"] = query["email"]!,
            ["Form.Token"] = query["token"]!,
            ["Form.Password"] = password,
            ["Form.ConfirmPassword"] = password,
        }));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();
}
