using System.Net;

namespace TyollisyysAlue.Web.Tests.Api;

[Collection(AppCollection.Name)]
public class OpenApiDocumentTests(AppFixture app)
{
    [Fact]
    public async Task The_document_lists_the_api_endpoints_and_the_bearer_scheme_and_nothing_else()
    {
        using var client = app.Anonymous();
        using var response = await client.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.JsonAsync();

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).Order().ToList();
        Assert.Equal(
            ["/api/v1/areas/{year}/follow-up", "/api/v1/areas/{year}/net-position", "/api/v1/areas/{year}/reconciliation", "/api/v1/areas/{year}/schedule", "/api/v1/areas/{year}/split",
             "/api/v1/areas/{year}/years-ahead", "/api/v1/cost-sharing/calculate", "/api/v1/cost-sharing/reconcile", "/api/v1/cost-sharing/what-if", "/api/v1/indicators/import", "/api/v1/ledger/import", "/api/v1/payments/import"], paths);
        Assert.True(document.GetProperty("paths").GetProperty("/api/v1/cost-sharing/calculate").GetProperty("post").TryGetProperty("requestBody", out _));
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiToken");
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());
        // Euros are exact decimals in the document too, never "double".
        var sharedCost = document.GetProperty("components").GetProperty("schemas").GetProperty("CalculateResponse").GetProperty("properties").GetProperty("sharedCost");
        Assert.Equal("decimal", sharedCost.GetProperty("format").GetString());
    }
}
