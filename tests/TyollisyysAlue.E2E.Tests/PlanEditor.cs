namespace TyollisyysAlue.E2E.Tests;

/// <summary>
/// The WYSIWYG section editor as the browser tests use it: its editing area (role textbox, data-testid section-body),
/// the Markdown it will save (read from the editor's handle, as the Save button would send it) and typing into it.
/// </summary>
internal static class PlanEditor
{
    public static ILocator Body(IPage page) => page.GetByTestId("section-body");

    /// <summary>The editor is created once the section editor is interactive; it marks its host then.</summary>
    public static async Task ReadyAsync(IPage page)
    {
        await Expect(page.Locator("[data-plan-editor='1'] [data-testid='section-body']")).ToBeAttachedAsync();
        await Expect(Body(page)).ToBeEditableAsync();
    }

    public static Task<string> MarkdownAsync(IPage page) =>
        page.GetByTestId("section-body-host").EvaluateAsync<string>("host => host.planEditor.markdown()");

    /// <summary>Replaces the whole text by typing it key by key (so the editor's Markdown-like input rules apply).</summary>
    public static async Task TypeAsync(IPage page, string text)
    {
        await ClearAsync(page);
        await page.Keyboard.TypeAsync(text);
    }

    public static async Task ClearAsync(IPage page)
    {
        await Body(page).ClickAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.PressAsync("Delete");
    }

    /// <summary>Waits until the editor's Markdown is the expected text (the editor converts on every change).</summary>
    public static async Task ExpectMarkdownAsync(IPage page, string expected)
    {
        var actual = "";
        for (var attempt = 0; attempt < 50; attempt++)
        {
            actual = await MarkdownAsync(page);
            if (actual == expected) return;
            await Task.Delay(100);
        }
        Assert.Equal(expected, actual);
    }
}
