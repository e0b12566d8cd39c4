using System.Text.RegularExpressions;

namespace TyollisyysAlue.E2E.Tests;

/// <summary>
/// The accessibility statement's feedback channel (Act 306/2019): an anonymous visitor sends feedback in Finnish and in
/// Swedish and is told by when it will be answered (axe clean); Porvoo's administrator finds it with that due date and
/// marks it answered with a note.
/// </summary>
public sealed partial class AccessibilityFeedbackTests(AppFixture app) : BrowserTest(app)
{
    private async Task<string> SendAsync(string areaName, string message, string dueText)
    {
        await Expect(Page.GetByTestId("feedback-message")).ToBeVisibleAsync();
        await Page.GetByTestId("feedback-message").FillAsync(message);
        await Page.GetByTestId("feedback-area").SelectOptionAsync(new SelectOptionValue { Label = areaName });
        await Page.GetByTestId("feedback-page").FillAsync("/areas/porvoo/budget");
        await Page.GetByTestId("feedback-send").ClickAsync();
        var sent = Page.GetByTestId("feedback-sent");
        await Expect(sent).ToBeVisibleAsync();
        await Expect(sent).ToContainTextAsync(dueText);
        await Axe.AssertNoViolationsAsync(Page);
        return Date().Matches(await sent.InnerTextAsync())[^1].Value; // the second date: the answer's due day
    }

    [Fact]
    public async Task A_visitor_sends_feedback_in_Finnish_and_Swedish_and_the_area_administrator_marks_it_answered()
    {
        var finnish = $"Taulukon otsikot puuttuvat ruudunlukijalta {Guid.NewGuid():N}";
        await Page.GotoAsync("/accessibility");
        var due = await SendAsync("Porvoon työllisyysalue", finnish, "Vastaamme siihen viimeistään");

        var swedish = $"Diagrammets färger går inte att skilja åt {Guid.NewGuid():N}";
        await LanguageSwitch.OpenInAsync(Page, "sv-FI", "/accessibility");
        Assert.Equal(due, await SendAsync("Borgå sysselsättningsområde", swedish, "Vi svarar på den senast"));

        await LanguageSwitch.OpenInAsync(Page, "fi-FI", "/account/login");
        await SignInPage.SignInAsync(Page, "admin.porvoo@example.fi");
        await Page.GotoAsync("/areas/porvoo/admin");
        await Expect(Page.GetByTestId("feedback-unanswered")).ToBeVisibleAsync();
        await Page.GotoAsync("/areas/porvoo/feedback");
        var row = Page.GetByTestId("feedback-row").Filter(new() { HasText = finnish });
        await Expect(row).ToBeVisibleAsync();
        await Expect(row.GetByTestId("feedback-row-due")).ToContainTextAsync(due);
        await Expect(Page.GetByTestId("feedback-row").Filter(new() { HasText = swedish })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(Page);

        await row.GetByTestId("feedback-mark-answered").ClickAsync();
        await row.GetByLabel("Muistiinpano vastauksesta (vapaaehtoinen)").FillAsync("Vastattu sähköpostilla.");
        await row.GetByTestId("feedback-save-answered").ClickAsync();
        await Expect(row.GetByTestId("feedback-row-status")).ToContainTextAsync("Vastattu");
        await Expect(row.GetByTestId("feedback-row-status")).ToContainTextAsync("Vastattu sähköpostilla.");
        await Axe.AssertNoViolationsAsync(Page);
    }

    [GeneratedRegex(@"\d{1,2}\.\d{1,2}\.\d{4}")]
    private static partial Regex Date();
}
