using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Infrastructure.Identity;
using TyollisyysAlue.Web.Auth.BackChannelLogout;

namespace TyollisyysAlue.Web.Auth;

public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this WebApplication app)
    {
        var account = app.MapGroup("/account");

        account.MapPost("/logout", async (HttpContext http, IAntiforgery antiforgery, SignInManager<ApplicationUser> signIn,
            IUserSessions sessions, IConfiguration configuration) =>
        {
            // These endpoints bind no form, so the antiforgery check is explicit.
            if (!await antiforgery.IsRequestValidAsync(http)) return Results.BadRequest();
            // Read before the session ends: present when the user signed in with the organisation account.
            var idToken = await http.GetTokenAsync(IdentityConstants.ApplicationScheme, "id_token");
            // Server-side too: a copy of this cookie (and the account's other sessions) stop working now.
            if (http.User.UserId() is { } userId) await sessions.EndAsync(userId, http.RequestAborted);
            await signIn.SignOutAsync();
            if (idToken is null || !AuthSetup.IsOpenIdConnectConfigured(configuration)) return Results.LocalRedirect("/account/login");
            // RP-initiated logout: the provider ends its session too, then sends the user back to the sign-in page.
            var properties = new AuthenticationProperties { RedirectUri = "/account/login" };
            properties.SetParameter(OrganisationSignInSetup.IdTokenHintParameter, idToken);
            return Results.SignOut(properties, [AuthSetup.OidcScheme]);
        });

        // Starts the organisation sign-in (OpenID Connect); the form posts here with antiforgery.
        account.MapPost("/external-login", async (string? returnUrl, HttpContext http, IAntiforgery antiforgery, SignInManager<ApplicationUser> signIn) =>
        {
            if (!await antiforgery.IsRequestValidAsync(http)) return Results.BadRequest();
            var properties = signIn.ConfigureExternalAuthenticationProperties(AuthSetup.OidcScheme,
                "/account/external-callback?returnUrl=" + Uri.EscapeDataString(SafeReturnUrl(returnUrl)));
            return Results.Challenge(properties, [AuthSetup.OidcScheme]);
        }).AllowAnonymous();

        account.MapGet("/external-callback", ExternalCallbackAsync).AllowAnonymous();

        // The organisation's sign-out, told by its provider server to server (OpenID Connect back-channel logout).
        app.MapBackChannelLogout();
    }

    /// <summary>Matches the validated organisation account to an invited user and signs in (<see cref="OrganisationSignIn"/>).</summary>
    private static async Task<IResult> ExternalCallbackAsync(string? returnUrl, OrganisationSignIn organisation) =>
        Results.LocalRedirect(await organisation.CompleteAsync(SafeReturnUrl(returnUrl)));

    /// <summary>Only local paths: see <see cref="ReturnAddress"/>.</summary>
    public static string SafeReturnUrl(string? returnUrl) => ReturnAddress.Safe(returnUrl);
}
