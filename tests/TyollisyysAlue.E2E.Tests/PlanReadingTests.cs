namespace TyollisyysAlue.E2E.Tests;

/// <summary>Issue 12.10, the plan's smaller defects: tiny ### headings; an old error that stayed after a successful quote.</summary>
public sealed class PlanReadingTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task A_refused_quote_is_forgotten_once_a_passage_is_quoted()
    {
        Page.Context.SetDefaultTimeout(30_000);
        await SignInPage.SignInAsync(Page, "committee.porvoo@example.fi");
        await Page.GotoAsync("/areas/porvoo/plan");
        await Interactive.ReadyAsync(Page);
        await Page.GetByTestId("outline").GetByRole(AriaRole.Button, new() { Name = "Palveluiden saavutettavuus" }).ClickAsync();
        await Expect(Page.GetByTestId("section-heading")).ToContainTextAsync("Palveluiden saavutettavuus");
        var text = Page.GetByTestId("section-text");
        await Expect(text).ToBeVisibleAsync();
        const string refusal = "Valitse ensin kommentoitava kohta luvun tekstistä.";

        await Page.GetByTestId("quote-selection").First.ClickAsync();
        await Expect(Page.GetByText(refusal)).ToBeVisibleAsync();

        await text.EvaluateAsync("e => window.getSelection().selectAllChildren(e)");
        await Page.GetByTestId("quote-selection").First.ClickAsync();
        await Expect(Page.GetByTestId("comment-quote")).ToBeVisibleAsync();
        await Expect(Page.GetByText(refusal)).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Headings_written_in_a_section_are_bold_and_no_smaller_than_the_text()
    {
        Page.Context.SetDefaultTimeout(30_000);
        await SignInPage.SignInAsync(Page, "planner.porvoo@example.fi");
        await Page.GotoAsync("/areas/porvoo/plan");
        await Interactive.ReadyAsync(Page);
        await Expect(Page.GetByTestId("version-bar")).ToBeVisibleAsync();

        // The stylesheet as the page has it, on the headings Markdown's # to ### become in a section and in the preview.
        var sizes = await Page.EvaluateAsync<double[]>("""
            () => {
                const box = document.createElement('div');
                box.className = 'plan-text plan-preview';
                box.innerHTML = '<p>teksti</p><h4>a</h4><h5>b</h5><h6>c</h6>';
                document.querySelector('main').append(box);
                const size = e => parseFloat(getComputedStyle(box.querySelector(e)).fontSize);
                const weight = e => parseFloat(getComputedStyle(box.querySelector(e)).fontWeight);
                const result = [size('p'), size('h4'), size('h5'), size('h6'), weight('h5'), weight('h6')];
                box.remove();
                return result;
            }
            """);
        var text = sizes[0];
        Assert.True(sizes[1] >= sizes[2] && sizes[2] >= sizes[3], $"deeper headings larger than shallower: {string.Join(", ", sizes)}");
        Assert.True(sizes[3] >= text, $"h6 is {sizes[3]} px against text of {text} px");
        Assert.True(sizes[4] >= 600 && sizes[5] >= 600, $"headings not bold: {sizes[4]}, {sizes[5]}");
    }
}
