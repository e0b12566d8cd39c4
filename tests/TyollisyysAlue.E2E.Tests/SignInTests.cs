using System.Text.RegularExpressions;

namespace TyollisyysAlue.E2E.Tests;

public sealed class SignInTests(AppFixture app) : BrowserTest(app)
{
    private static readonly Regex OnSignInPage = new("/account/login");

    [Fact]
    public async Task Wrong_password_shows_one_generic_message_and_stays_on_the_sign_in_page()
    {
        await SignInPage.SubmitAsync(Page, "viewer.porvoo@example.fi", "väärä-salasana");

        var error = Page.GetByTestId("signin-error");
        await Expect(error).ToHaveCountAsync(1);
        await Expect(error).ToHaveTextAsync("Sähköposti tai salasana on väärin.");
        await Expect(Page).ToHaveURLAsync(OnSignInPage);
        await Expect(SignInPage.Email(Page)).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Anonymous_visitor_opening_an_area_page_is_taken_to_the_sign_in_page()
    {
        await Page.GotoAsync("/areas/porvoo");

        await Expect(Page).ToHaveURLAsync(OnSignInPage);
        await Expect(SignInPage.Email(Page)).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("members")).ToHaveCountAsync(0);
    }
}
