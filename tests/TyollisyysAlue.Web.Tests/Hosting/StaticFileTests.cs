using System.Net;

namespace TyollisyysAlue.Web.Tests.Hosting;

/// <summary>Issue 12.10: the browser's own requests find their files (no 404 for /favicon.ico); the focus helper and the plan editor are served.</summary>
[Collection(AppCollection.Name)]
public class StaticFileTests(AppFixture app)
{
    [Theory]
    [InlineData("/favicon.ico", "image/x-icon")]
    [InlineData("/js/focus-return.js", "text/javascript")]
    // The plan editor: its Blazor module, the committed bundle (no npm at run time) and the bundle's licences.
    [InlineData("/js/plan-editor.js", "text/javascript")]
    [InlineData("/lib/editor/editor.js", "text/javascript")]
    [InlineData("/lib/editor/THIRD-PARTY-LICENSES.txt", "text/plain")]
    public async Task The_file_is_served(string path, string type)
    {
        using var client = app.Anonymous();
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 0);
    }
}
