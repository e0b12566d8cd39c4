using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Infrastructure.Identity;

namespace TyollisyysAlue.Web.Auth;

public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this WebApplication app)
    {
        var account = app.MapGroup("/account");

        account.MapPost("/logout", async (HttpContext http, IAntiforgery antiforgery, SignInManager<ApplicationUser> signIn,
            IUserSessions sessions) =>
        {
            // These endpoints bind no form, so the antiforgery check is explicit.
            if (!await antiforgery.IsRequestValidAsync(http)) return Results.BadRequest();
            // Server-side too: a copy of this cookie (and the account's other sessions) stop working now.
            if (http.User.UserId() is { } userId) await sessions.EndAsync(userId, http.RequestAborted);
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/account/login");
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
    }

    /// <summary>Links the organisation account to an invited local user with the same e-mail, then signs in.</summary>
    private static async Task<IResult> ExternalCallbackAsync(string? returnUrl, SignInManager<ApplicationUser> signIn,
        UserManager<ApplicationUser> users)
    {
        var info = await signIn.GetExternalLoginInfoAsync();
        if (info is null) return Results.LocalRedirect("/account/login?error=external");
        var result = await signIn.ExternalLoginSignInAsync(info.LoginProvider, info.ProviderKey, isPersistent: false);
        if (result.Succeeded) return Results.LocalRedirect(SafeReturnUrl(returnUrl));
        var email = info.Principal.FindFirstValue("email") ?? info.Principal.FindFirstValue(ClaimTypes.Email);
        var user = email is null ? null : await users.FindByEmailAsync(email);
        if (user is null || !user.IsActive) return Results.LocalRedirect("/account/login?error=external-unknown");
        await users.AddLoginAsync(user, info);
        await signIn.SignInAsync(user, isPersistent: false, info.LoginProvider);
        await signIn.Context.SignOutAsync(IdentityConstants.ExternalScheme);
        return Results.LocalRedirect(SafeReturnUrl(returnUrl));
    }

    /// <summary>Only local paths: see <see cref="ReturnAddress"/>.</summary>
    public static string SafeReturnUrl(string? returnUrl) => ReturnAddress.Safe(returnUrl);
}
