using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace TyollisyysAlue.Web.Auth;

/// <summary>
/// The organisation's identity provider (e.g. Entra ID) by configuration alone (<c>Authentication:OpenIdConnect</c>):
/// code flow with PKCE, the ID token validated by the handler (signature against the provider's published keys, issuer,
/// audience, lifetime, nonce), nothing taken from a token that failed. Users must exist (invited): see
/// <see cref="OrganisationSignIn"/>. See docs/security.md, "Organisation sign-in (Entra ID)".
/// </summary>
public static class OrganisationSignInSetup
{
    /// <summary>Where a refused organisation sign-in lands: the sign-in page with its message.</summary>
    public const string RejectedAddress = "/account/login?error=external-rejected";

    /// <summary>The ID token the user signed in with, handed to the provider's sign-out as its hint (not serialized).</summary>
    public const string IdTokenHintParameter = "id_token_hint";

    public static void AddOrganisationSignIn(this AuthenticationBuilder authentication, IConfiguration configuration)
    {
        var section = configuration.GetSection("Authentication:OpenIdConnect");
        if (!AuthSetup.IsOpenIdConnectConfigured(configuration)) return;
        var authority = section["Authority"]!;
        // The provider's sign-out reaches the app too: see BackChannelLogoutEndpoint.
        authentication.Services.AddSingleton<BackChannelLogout.SeenLogoutTokens>();
        authentication.Services.AddSingleton<BackChannelLogout.LogoutTokenValidator>();
        authentication.AddOpenIdConnect(AuthSetup.OidcScheme, section["DisplayName"] ?? "OpenID Connect", options =>
        {
            options.SignInScheme = IdentityConstants.ExternalScheme;
            options.Authority = authority;
            options.ClientId = section["ClientId"];
            options.ClientSecret = section["ClientSecret"];
            options.ResponseType = OpenIdConnectResponseType.Code;
            options.UsePkce = true;
            options.Scope.Add("email");
            options.CallbackPath = "/signin-oidc";
            options.SignedOutCallbackPath = "/signout-callback-oidc";
            options.SignedOutRedirectUri = "/account/login";
            options.MapInboundClaims = false;
            options.TokenValidationParameters.NameClaimType = "name";
            // The ID token goes with the external sign-in to the callback, which keeps it for the provider's sign-out.
            options.SaveTokens = true;
            options.RequireHttpsMetadata = !AllowsPlainHttpMetadata(authority, section);
            options.Events.OnTokenValidated = UseStableKey;
            options.Events.OnRemoteFailure = RefuseAsync;
            options.Events.OnRedirectToIdentityProviderForSignOut = GiveIdTokenHint;
        });
    }

    /// <summary>
    /// Only a provider on this machine over plain http (the tests' provider) may skip https for its metadata, and only
    /// when configured so; any other authority keeps the handler's https requirement whatever the setting says.
    /// </summary>
    public static bool AllowsPlainHttpMetadata(string authority, IConfiguration section) =>
        !section.GetValue("RequireHttpsMetadata", true)
        && Uri.TryCreate(authority, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback;

    /// <summary>
    /// The login is linked by Entra's object id (<c>oid</c>: the same person in every app of the tenant) where the
    /// provider sends it, else by the standard subject (<c>sub</c>).
    /// </summary>
    private static Task UseStableKey(TokenValidatedContext context)
    {
        if (context.Principal?.Identity is ClaimsIdentity identity
            && (identity.FindFirst("oid")?.Value ?? identity.FindFirst("sub")?.Value) is { Length: > 0 } key)
        {
            if (identity.FindFirst(ClaimTypes.NameIdentifier) is { } existing) identity.RemoveClaim(existing);
            identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, key));
        }
        return Task.CompletedTask;
    }

    /// <summary>
    /// A token that fails validation (bad signature, expired, wrong audience or nonce), a cancelled sign-in or a
    /// provider error: the user gets the sign-in page with a clear message and no session, never an error page.
    /// </summary>
    private static Task RefuseAsync(RemoteFailureContext context)
    {
        context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(OrganisationSignInSetup))
            .LogWarning(context.Failure, "Organisation sign-in refused");
        context.Response.Redirect(RejectedAddress);
        context.HandleResponse();
        return Task.CompletedTask;
    }

    /// <summary>The provider ends its own session for this ID token and may send the user back to us.</summary>
    private static Task GiveIdTokenHint(RedirectContext context)
    {
        if (context.Properties.GetParameter<string>(IdTokenHintParameter) is { Length: > 0 } idToken)
            context.ProtocolMessage.IdTokenHint = idToken;
        return Task.CompletedTask;
    }
}
