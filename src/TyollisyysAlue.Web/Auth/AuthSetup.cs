using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using TyollisyysAlue.Infrastructure.Identity;
using TyollisyysAlue.Infrastructure.Persistence;

namespace TyollisyysAlue.Web.Auth;

public static class AuthSetup
{
    public const string OidcScheme = OpenIdConnectDefaults.AuthenticationScheme;

    public static IServiceCollection AddAppAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        var authentication = services.AddAuthentication(options =>
        {
            options.DefaultScheme = IdentityConstants.ApplicationScheme;
            options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
        });
        authentication.AddIdentityCookies();
        authentication.AddOrganisationSignIn(configuration);

        services.AddIdentityCore<ApplicationUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 12;
                options.Password.RequireNonAlphanumeric = false;
                // Failed passwords never lock an account (sign-in passes lockoutOnFailure: false; SignInThrottle limits
                // guessing per account and address instead); a lockout set by hand still holds.
                options.Lockout.AllowedForNewUsers = true;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<AppClaimsPrincipalFactory>()
            .AddDefaultTokenProviders();

        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/account/login";
            options.LogoutPath = "/account/logout";
            options.AccessDeniedPath = "/account/access-denied";
            options.Cookie.Name = "ta.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookiePolicy(configuration);
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            // Every request, not Identity's 30 minutes: sign-out and a removed role end copied cookies at once.
            options.Events.OnValidatePrincipal = SessionValidation.ValidatePrincipalAsync;
        });
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "ta.xsrf";
            options.Cookie.SecurePolicy = CookiePolicy(configuration);
        });

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.SystemAdmin, p => p.RequireAuthenticatedUser().RequireClaim(Policies.SystemAdminClaim, "true"));
        services.AddAuthorization(options =>
        {
            foreach (var (name, rule) in Policies.AreaRules)
                options.AddPolicy(name, p => p.RequireAuthenticatedUser().AddRequirements(new AreaRoleRequirement(name, rule)));
        });
        services.AddScoped<OrganisationSignIn>();
        services.AddScoped<SigningOut>();
        services.AddScoped<CurrentUserAreas>();
        services.AddScoped<EnteredArea>();
        services.AddScoped<IAuthorizationHandler, AreaRoleHandler>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, AreaAuthorizationResultHandler>();
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingAuthenticationStateProvider>();
        services.AddScoped<Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler, AreaContextCircuitHandler>();
        return services;
    }

    /// <summary>Secure-only cookies unless Hosting:SecureCookies is false (local runs and tests use plain http on loopback).</summary>
    private static CookieSecurePolicy CookiePolicy(IConfiguration configuration) =>
        configuration.GetValue("Hosting:SecureCookies", true) ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;

    public static bool IsOpenIdConnectConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration["Authentication:OpenIdConnect:Authority"])
        && !string.IsNullOrWhiteSpace(configuration["Authentication:OpenIdConnect:ClientId"]);
}
