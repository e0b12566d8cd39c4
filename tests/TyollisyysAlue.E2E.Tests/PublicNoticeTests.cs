namespace TyollisyysAlue.E2E.Tests;

/// <summary>
/// The accessibility statement and the privacy notice: reached from the footer without signing in and from a signed-in
/// page, in Finnish and Swedish, with no WCAG 2.1 AA violations (axe), usable at 390 px.
/// </summary>
public sealed class PublicNoticeTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task The_statement_is_reached_from_the_sign_in_footer_and_passes_axe_in_Finnish_and_Swedish()
    {
        await Page.GotoAsync("/account/login");
        await Page.GetByTestId("footer-accessibility").ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Saavutettavuusseloste", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("a11y-supervisor")).ToContainTextAsync("Traficom");
        await Axe.AssertNoViolationsAsync(Page);

        await LanguageSwitch.OpenInAsync(Page, "sv-FI", "/accessibility");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Tillgänglighetsutlåtande", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("a11y-feedback")).ToContainTextAsync("tillgänglighetsbrist");
        await Axe.AssertNoViolationsAsync(Page);

        await Page.GetByTestId("footer-privacy").ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Dataskyddsbeskrivning", Level = 1 })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(Page);
    }

    [Fact]
    public async Task A_signed_in_page_links_the_privacy_notice_in_its_footer_and_it_fits_a_phone()
    {
        await Page.SetViewportSizeAsync(390, 844);
        await SignInPage.SignInAsync(Page, "viewer.porvoo@example.fi");
        await Page.GotoAsync("/areas/porvoo");
        await Expect(Page.GetByTestId("key-facts")).ToBeVisibleAsync();
        // The interactive router hands a page outside interactive routing to a full load: open the footer's address
        // as that load does, so that axe does not run on the page being replaced.
        var link = Page.GetByTestId("footer-privacy");
        await Expect(link).ToBeVisibleAsync();
        await Page.GotoAsync((await link.GetAttributeAsync("href"))!);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Tietosuojaseloste", Level = 1 })).ToBeVisibleAsync();
        Assert.True(await Page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the notice scrolls sideways at 390 px");
        await Axe.AssertNoViolationsAsync(Page);
    }
}
