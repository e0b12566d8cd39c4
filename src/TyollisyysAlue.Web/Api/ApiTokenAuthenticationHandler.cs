using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using TyollisyysAlue.Application.Access;
using TyollisyysAlue.Texts;

namespace TyollisyysAlue.Web.Api;

/// <summary>
/// <c>Authorization: Bearer ta_…</c> for the HTTP API. A valid, unrevoked token becomes a principal of its area
/// (claim <see cref="AreaClaim"/>); anything else is a 401 problem, never a redirect to the sign-in page.
/// </summary>
public sealed class ApiTokenAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger,
    UrlEncoder encoder, ApiTokenLookup tokens) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";
    public const string AreaClaim = "ta:api-area";
    public const string TokenClaim = "ta:api-token";
    /// <summary>One claim per scope of the token: "read", "import".</summary>
    public const string ScopeClaim = "ta:api-scope";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (string.IsNullOrEmpty(header)) return AuthenticateResult.NoResult();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return AuthenticateResult.Fail("Not a bearer token.");
        var identity = await tokens.FindAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        if (identity is null) return AuthenticateResult.Fail("Unknown or revoked API token.");
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, identity.Name),
            new(AreaClaim, identity.AreaId.ToString()),
            new(TokenClaim, identity.TokenId.ToString()),
        };
        claims.AddRange(Enum.GetValues<Domain.Access.ApiScope>().Where(s => s != Domain.Access.ApiScope.None && identity.Scopes.HasFlag(s))
            .Select(s => new Claim(ScopeClaim, s.ToString().ToLowerInvariant())));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        var hasHeader = !string.IsNullOrEmpty(Request.Headers.Authorization);
        return ApiProblems.WriteAsync(Context, StatusCodes.Status401Unauthorized,
            new TextCode(hasHeader ? "Api.TokenInvalid" : "Api.TokenMissing"));
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ApiProblems.WriteAsync(Context, StatusCodes.Status403Forbidden, new TextCode("Api.TokenForbidden"));
}
