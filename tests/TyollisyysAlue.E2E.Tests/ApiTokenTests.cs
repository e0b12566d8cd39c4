using System.Net;
using System.Net.Http.Headers;

namespace TyollisyysAlue.E2E.Tests;

public sealed class ApiTokenTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task Administrator_creates_a_token_that_opens_the_api_once_and_revokes_it()
    {
        await SignInPage.SignInAsync(Page, "admin.porvoo@example.fi");
        await Page.GotoAsync("/areas/porvoo/admin");
        await Interactive.ReadyAsync(Page);
        var section = Page.GetByTestId("api-tokens");

        await section.GetByRole(AriaRole.Button, new() { Name = "Luo avain" }).ClickAsync();
        await Expect(section).ToContainTextAsync("Kerro, mihin avainta käytetään.");

        await section.GetByLabel("Avaimen käyttötarkoitus").FillAsync("Selaintesti");
        await section.GetByRole(AriaRole.Button, new() { Name = "Luo avain" }).ClickAsync();
        var secret = Page.GetByTestId("new-token").GetByLabel("Uusi API-avain");
        await Expect(secret).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^ta_"));
        var token = await secret.InputValueAsync();
        Assert.Equal(HttpStatusCode.OK, await ApiStatusAsync(token));

        var row = Page.GetByTestId("api-token-row").Filter(new() { HasText = "Selaintesti" });
        await row.GetByRole(AriaRole.Button, new() { Name = "Mitätöi: Selaintesti" }).ClickAsync();
        await Page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Mitätöi" }).ClickAsync();
        await Expect(row).ToContainTextAsync("Mitätöity");
        await Expect(Page.GetByTestId("new-token")).Not.ToBeAttachedAsync();
        Assert.Equal(HttpStatusCode.Unauthorized, await ApiStatusAsync(token));

        // A token that may only import: reading the split is forbidden to it.
        await section.GetByLabel("Avaimen käyttötarkoitus").FillAsync("Tuontiavain");
        await section.GetByLabel("lukea (kustannustenjako, ennakot, tasaus)").UncheckAsync();
        await section.GetByLabel("tuoda indikaattoriarvoja").CheckAsync();
        await section.GetByRole(AriaRole.Button, new() { Name = "Luo avain" }).ClickAsync();
        await Expect(Page.GetByTestId("api-token-row").Filter(new() { HasText = "Tuontiavain" })).ToContainTextAsync("tuoda indikaattoriarvoja");
        var importer = await Page.GetByTestId("new-token").GetByLabel("Uusi API-avain").InputValueAsync();
        Assert.Equal(HttpStatusCode.Forbidden, await ApiStatusAsync(importer));
    }

    private async Task<HttpStatusCode> ApiStatusAsync(string token)
    {
        using var client = new HttpClient { BaseAddress = App.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.GetAsync("/api/v1/areas/2025/split");
        return response.StatusCode;
    }
}
