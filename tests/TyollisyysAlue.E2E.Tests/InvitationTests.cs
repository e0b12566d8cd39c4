namespace TyollisyysAlue.E2E.Tests;

public sealed class InvitationTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task Administrator_invites_a_planner_who_sets_a_password_signs_in_and_sees_the_area()
    {
        await SignInPage.SignInAsync(Page, "admin.porvoo@example.fi");
        await Page.GotoAsync("/areas/porvoo/admin");
        await Interactive.ReadyAsync(Page);
        var invite = Page.GetByTestId("invite-user");
        await invite.GetByTestId("invite-name").FillAsync("Uusi Suunnittelija");
        await invite.GetByTestId("invite-email").FillAsync("uusi.suunnittelija@example.fi");
        await invite.GetByTestId("invite-submit").ClickAsync();
        var linkField = invite.GetByTestId("invitation-link-value");
        await Expect(linkField).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("accept-invitation"));
        var link = await linkField.InputValueAsync();
        Assert.Contains("/account/accept-invitation", link, StringComparison.Ordinal);

        // The invitee, in a browser of their own.
        await using var invitee = await App.NewContextAsync();
        var page = await invitee.NewPageAsync();
        await page.GotoAsync(link);
        await page.GetByLabel("Uusi salasana", new() { Exact = true }).FillAsync("Uusi-Salasana-2025");
        await page.GetByLabel("Uusi salasana uudelleen").FillAsync("Uusi-Salasana-2025");
        await page.GetByTestId("invitation-submit").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/accept-invitation", StringComparison.Ordinal));
        await page.GotoAsync("/areas/porvoo");
        await Expect(page.GetByTestId("members")).ToContainTextAsync("Loviisa");
    }
}
