using TyollisyysAlue.E2E.Tests.Offices;

namespace TyollisyysAlue.E2E.Tests.Financing;

/// <summary>
/// The system administrator's national parameters: a year with nothing entered names what is missing and its publisher;
/// a percentage above 100 and overlapping steps are refused at the field with nothing saved; the corrected values are
/// saved with their source and who entered them. A year far ahead, so no other test's figures change.
/// </summary>
public sealed class NationalParametersTests(AppFixture app) : BrowserTest(app)
{
    private const int Year = 2041;

    [Fact]
    public async Task System_administrator_sees_what_is_missing_enters_a_transition_percentage_and_the_steps_with_their_source()
    {
        await SignInPage.SignInAsync(Page, "sysadmin@example.fi");
        await Page.GotoAsync($"/system/parameters?year={Year}");
        await Interactive.ReadyAsync(Page);
        await Expect(Page.GetByTestId("missing")).ToContainTextAsync("Valtiovarainministeriö");
        await Expect(Page.GetByTestId("missing")).ToContainTextAsync("Työttömyysetuuden kuntaosuuden portaat");
        await Expect(Page.GetByTestId("national-parameters")).ToContainTextAsync("Statsandel: € / invånare 18–64 år");
        await Axe.AssertNoViolationsAsync(Page);

        var transition = Page.Locator("tr[data-code='transition.realised-percent']");
        await transition.GetByTestId("edit-parameter").ClickAsync();
        var value = Page.GetByLabel("Arvo (%)");
        await OfficesUi.FillAsync(value, "150");
        await Page.GetByLabel("Lähde", new() { Exact = true }).First.FillAsync("Laki 1234/2040, siirtymäsäännös (testi)");
        await Page.GetByTestId("save-parameter").ClickAsync();
        await Expect(Page.GetByText("Prosentti on 0–100.")).ToBeVisibleAsync();
        await Expect(transition).ToContainTextAsync("puuttuu"); // nothing saved

        await OfficesUi.FillAsync(value, "25");
        await Page.GetByTestId("save-parameter").ClickAsync();
        await Expect(transition).ToContainTextAsync("25,00 %");
        await Expect(transition).ToContainTextAsync("Laki 1234/2040");
        await Expect(transition).ToContainTextAsync("sysadmin@example.fi");
        await Expect(Page.GetByTestId("missing")).Not.ToContainTextAsync("Siirtymä: toteutuneen osuus %");

        var steps = Page.GetByTestId("benefit-steps");
        await steps.GetByTestId("add-step").ClickAsync();
        await steps.GetByTestId("add-step").ClickAsync();
        var rows = steps.GetByTestId("step-row");
        await Expect(rows).ToHaveCountAsync(2);
        await FillStepAsync(rows.Nth(0), "101", "300", "10");
        await FillStepAsync(rows.Nth(1), "200", "", "20");
        await steps.GetByLabel("Lähde").FillAsync("Laki 555/1998 (testi)");
        await steps.GetByTestId("save-steps").ClickAsync();
        await Expect(steps.GetByTestId("steps-errors")).ToContainTextAsync("Portaat eivät saa mennä päällekkäin");
        await Expect(steps.GetByTestId("steps-table")).ToHaveCountAsync(0);

        await OfficesUi.FillAsync(rows.Nth(1).GetByLabel("Alkaen päivästä"), "301");
        await steps.GetByTestId("save-steps").ClickAsync();
        await Expect(steps.GetByTestId("steps-table")).ToContainTextAsync("avoin");
        await Expect(steps.GetByTestId("steps-table")).ToContainTextAsync("20,00 %");
        await Expect(Page.GetByTestId("missing")).Not.ToContainTextAsync("Työttömyysetuuden kuntaosuuden portaat");
        await Axe.AssertNoViolationsAsync(Page);

        // A municipality's compensation entered, then corrected: the form shows the stored figure and saving replaces
        // it (no "changed meanwhile" refusal, no second row).
        var figures = Page.GetByTestId("financing-figures");
        await EnterFigureAsync(figures, "638", "1000", "TEM:n laskelma (testi)");
        await Expect(figures.GetByTestId("figures-count")).ToContainTextAsync("Kompensaatio kirjattu 1 kunnalle");
        await EnterFigureAsync(figures, "638", "1200,50", null);
        await Expect(figures.GetByTestId("figures-count")).ToContainTextAsync("Kompensaatio kirjattu 1 kunnalle");
        var code = figures.GetByLabel("Kuntanumero");
        await code.FillAsync("638");
        await code.PressAsync("Tab");
        await Expect(figures.GetByTestId("figure-stored")).ToContainTextAsync("1 200,50 €");
    }

    /// <summary>Enters a compensation figure; without a source the stored figure's source is kept (it must be shown).</summary>
    private static async Task EnterFigureAsync(ILocator figures, string code, string amount, string? source)
    {
        var codeInput = figures.GetByLabel("Kuntanumero");
        await codeInput.FillAsync(code);
        await codeInput.PressAsync("Tab");
        if (source is null) await Expect(figures.GetByTestId("figure-stored")).ToContainTextAsync("TEM:n laskelma (testi)");
        else await figures.GetByLabel("Lähde").FillAsync(source);
        var amountInput = figures.GetByLabel("Määrä (€)");
        await amountInput.FillAsync(amount);
        await amountInput.PressAsync("Tab");
        await figures.GetByTestId("save-figure").ClickAsync();
        // Saved: the form starts empty again.
        await Expect(codeInput).ToHaveValueAsync("");
    }

    private static async Task FillStepAsync(ILocator row, string from, string to, string percent)
    {
        await OfficesUi.FillAsync(row.GetByLabel("Alkaen päivästä"), from);
        if (to.Length > 0) await OfficesUi.FillAsync(row.GetByLabel("Päivään asti (tyhjä = avoin)"), to);
        await OfficesUi.FillAsync(row.GetByLabel("Kunnan osuus %"), percent);
    }
}
