using Microsoft.AspNetCore.Localization;
using TyollisyysAlue.Web.Auth;

namespace TyollisyysAlue.Web.Localization;

public static class CultureEndpoints
{
    /// <summary>Stores the chosen language in the culture cookie (a year) and returns to the page.</summary>
    public static void MapCultureEndpoints(this WebApplication app) =>
        app.MapGet("/culture/set", (string culture, string? returnUrl, HttpContext http) =>
        {
            if (!CultureSetup.Supported.Contains(culture)) return Results.BadRequest();
            http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
            return Results.LocalRedirect(AccountEndpoints.SafeReturnUrl(returnUrl));
        }).AllowAnonymous();
}
