using Microsoft.AspNetCore.Authentication;

namespace TyollisyysAlue.Web.Api;

public static class ApiSetup
{
    /// <summary>The API token scheme and policy, problem details for API errors, and the OpenAPI document.</summary>
    public static IServiceCollection AddAppApi(this IServiceCollection services)
    {
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder().AddPolicy(ApiEndpoints.Policy, policy => policy
            .AddAuthenticationSchemes(ApiTokenAuthenticationHandler.SchemeName)
            .RequireAuthenticatedUser()
            .RequireClaim(ApiTokenAuthenticationHandler.AreaClaim))
            .AddPolicy(ApiEndpoints.ReadPolicy, policy => policy
                .AddAuthenticationSchemes(ApiTokenAuthenticationHandler.SchemeName)
                .RequireClaim(ApiTokenAuthenticationHandler.ScopeClaim, "read"))
            .AddPolicy(ApiEndpoints.ImportPolicy, policy => policy
                .AddAuthenticationSchemes(ApiTokenAuthenticationHandler.SchemeName)
                .RequireClaim(ApiTokenAuthenticationHandler.ScopeClaim, "import"));
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.AddOpenApi(ApiDocument.Configure);
        // Answers write numbers as numbers, and the document says so (the web default also accepts "12.5" as a number).
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict);
        return services;
    }

    public static void MapApiDocument(this WebApplication app) => app.MapOpenApi().AllowAnonymous();
}
