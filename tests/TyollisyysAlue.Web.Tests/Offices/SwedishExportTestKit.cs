using TyollisyysAlue.TestSupport;
using ClosedXML.Excel;

namespace TyollisyysAlue.Web.Tests.Offices;

/// <summary>A signed-in client that has chosen Swedish (the culture cookie, as the language menu sets it), and its downloads.</summary>
internal static class SwedishExportTestKit
{
    public static async Task<HttpClient> InSwedishAsync(AppFixture app, string user)
    {
        var client = await app.SignedInAs(user);
        using var response = await Language.SetAsync(client, "sv-FI");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public static async Task<XLWorkbook> DownloadAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return new XLWorkbook(await response.Content.ReadAsStreamAsync());
    }

    public static IReadOnlyList<string> CellTexts(IXLWorksheet sheet) =>
        sheet.CellsUsed().Where(c => !c.HasFormula).Select(c => c.GetString().Replace('\u00A0', ' ')).ToList();
}
