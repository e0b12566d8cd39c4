namespace TyollisyysAlue.E2E.Tests;

/// <summary>Switches the browser's language as the language menu's form does (POST with antiforgery), then opens a page.</summary>
internal static class LanguageSwitch
{
    public static async Task OpenInAsync(IPage page, string culture, string path)
    {
        var form = await (await page.APIRequest.GetAsync("/account/login")).TextAsync(); // the context's own cookies
        var data = page.APIRequest.CreateFormData();
        data.Set("__RequestVerificationToken", TestSupport.SignIn.AntiforgeryTokenIn(form));
        data.Set("culture", culture);
        data.Set("returnUrl", path);
        var set = await page.APIRequest.PostAsync("/culture/set", new() { Form = data, MaxRedirects = 0 });
        Assert.Equal(302, set.Status);
        await page.GotoAsync(path);
    }
}
