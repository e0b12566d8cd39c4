using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace TyollisyysAlue.Web.Api;

/// <summary>The OpenAPI document at /openapi/v1.json: the /api endpoints only, the bearer scheme, euros as decimals.</summary>
public static class ApiDocument
{
    public static void Configure(OpenApiOptions options)
    {
        options.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "TyöllisyysAlue API";
            document.Info.Description = "Cost sharing of Finnish employment areas. Amounts are euros with at most two decimals. "
                + "Authorization: Bearer ta_… (an area administrator creates tokens on the area's administration page).";
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[ApiTokenAuthenticationHandler.SchemeName] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http, Scheme = "bearer", Description = "An area's API token, ta_…",
            };
            document.Security ??= [];
            document.Security.Add(new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(ApiTokenAuthenticationHandler.SchemeName, document)] = [],
            });
            return Task.CompletedTask;
        });
        options.AddSchemaTransformer((schema, context, _) =>
        {
            // Exact decimals, not binary floating point: a client should not read 0.1 € as a double.
            var type = context.JsonTypeInfo.Type;
            if (type == typeof(decimal) || type == typeof(decimal?)) schema.Format = "decimal";
            // Request fields are nullable in C# only to report a missing one by name; a required field may not be null.
            if (schema.Required is { Count: > 0 } required && schema.Properties is { } properties)
                foreach (var name in required)
                    if (properties.TryGetValue(name, out var property) && property is OpenApiSchema { Type: { } t } concrete)
                        concrete.Type = t & ~JsonSchemaType.Null;
            return Task.CompletedTask;
        });
    }
}
