namespace TyollisyysAlue.Web.Hosting;

public static class SecurityHeaders
{
    /// <summary>
    /// Content Security Policy that works with Blazor Server and MudBlazor. Relaxations, and why:
    /// style-src 'unsafe-inline' — MudBlazor sets inline style attributes (positions, colours, popovers);
    /// img-src data: — MudBlazor's SVG icons and charts use data: URIs. No script relaxation is needed:
    /// Blazor Server runs no eval, and its WebSocket is same-origin ('self').
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    public static void UseSecurityHeaders(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        var formTargets = app.Configuration["Authentication:OpenIdConnect:Authority"];
        // The OpenID Connect sign-in posts a form back from the identity provider: allow it as a form target.
        var csp = string.IsNullOrWhiteSpace(formTargets)
            ? ContentSecurityPolicy
            : ContentSecurityPolicy.Replace("form-action 'self'", $"form-action 'self' {new Uri(formTargets).GetLeftPart(UriPartial.Authority)}", StringComparison.Ordinal);
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers.XFrameOptions = "DENY";
            headers.ContentSecurityPolicy = csp;
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            await next();
        });
    }

    public static void UseAppErrorHandling(this WebApplication app)
    {
        // Friendly error page in every environment: stack traces go to the log, never to the browser.
        app.UseExceptionHandler("/error", createScopeForErrors: true);
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
    }
}
