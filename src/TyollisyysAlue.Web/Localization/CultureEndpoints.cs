using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Localization;
using TyollisyysAlue.Web.Auth;

namespace TyollisyysAlue.Web.Localization;

public static class CultureEndpoints
{
    /// <summary>
    /// Stores the chosen language in the culture cookie (a year) and returns to the page. A POST with antiforgery
    /// (issue 11, finding 7): a link or image on another site cannot change a user's language. A missing or unknown
    /// language is a 400, a bad return address the home page; never a 500.
    /// </summary>
    public static void MapCultureEndpoints(this WebApplication app) =>
        app.MapPost("/culture/set", async (HttpContext http, IAntiforgery antiforgery) =>
        {
            // The form is read by hand (no [FromForm] binding): a missing field is our 400, not a framework exception.
            if (!http.Request.HasFormContentType || !await antiforgery.IsRequestValidAsync(http)) return Results.BadRequest();
            var form = await http.Request.ReadFormAsync(http.RequestAborted);
            var culture = form["culture"].ToString();
            if (!CultureSetup.Supported.Contains(culture)) return Results.BadRequest();
            http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
            return Results.Redirect(ReturnAddress.Safe(form["returnUrl"].ToString()));
        }).AllowAnonymous().DisableAntiforgery(); // checked above, so that a bad token is a plain 400
}
