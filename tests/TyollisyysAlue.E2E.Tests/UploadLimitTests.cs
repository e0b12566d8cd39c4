namespace TyollisyysAlue.E2E.Tests;

/// <summary>
/// Finding 9 (issue 11): a 6 MB CSV chosen for the municipality register (limit 5 MB) used to fail in silence with
/// only a console error; now the control states the limit and refuses the file with a message, before reading it.
/// </summary>
public sealed class UploadLimitTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task An_oversized_register_csv_is_refused_with_a_message_naming_the_limit()
    {
        await SignInPage.SignInAsync(Page, "sysadmin@example.fi");
        await Page.GotoAsync("/system/municipalities");
        await Expect(Page.GetByTestId("register")).ToContainTextAsync("Kaskinen");
        await Interactive.ReadyAsync(Page);
        var panel = Page.Locator("#register-file-limit");
        await Expect(panel).ToHaveTextAsync("Suurin sallittu tiedostokoko 5 Mt.");

        var large = Path.Combine(Path.GetTempPath(), $"kunnat-{Guid.NewGuid():N}.csv");
        try
        {
            await using (var file = File.Create(large)) file.SetLength(6L * 1024 * 1024);
            var refused = Page.GetByTestId("upload-refused");
            await FileInputs.SetUntilSeenAsync(Page.Locator("#register-file"), large, refused);
            await Expect(refused).ToHaveTextAsync("Tiedosto on liian suuri (6 Mt); suurin sallittu koko on 5 Mt. Tiedostoa ei luettu.");
        }
        finally
        {
            File.Delete(large);
        }
        await Expect(Page.GetByTestId("register-import")).ToBeDisabledAsync();
        await Axe.AssertNoViolationsAsync(Page);
    }
}
