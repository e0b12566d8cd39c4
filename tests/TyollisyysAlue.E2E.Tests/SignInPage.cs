using TyollisyysAlue.Infrastructure.Seeding;

namespace TyollisyysAlue.E2E.Tests;

/// <summary>The static sign-in page, found as a user finds it: by its Finnish labels and button name.</summary>
internal static class SignInPage
{
    public static ILocator Email(IPage page) => page.GetByLabel("Sähköposti");
    public static ILocator Password(IPage page) => page.GetByLabel("Salasana");

    public static async Task SubmitAsync(IPage page, string email, string password = DemoUsers.Password)
    {
        if (!page.Url.Contains("/account/login", StringComparison.Ordinal)) await page.GotoAsync("/account/login");
        await Email(page).FillAsync(email);
        await Password(page).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Kirjaudu", Exact = true }).ClickAsync();
    }

    /// <summary>Signs in and waits until the app (not the sign-in page) is showing.</summary>
    public static async Task SignInAsync(IPage page, string email)
    {
        await SubmitAsync(page, email);
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
    }
}
