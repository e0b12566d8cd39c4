using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;
using TyollisyysAlue.Application.Account;
using TyollisyysAlue.Infrastructure.Identity;
using TyollisyysAlue.Web.Auth;
using TyollisyysAlue.Web.Components.Shared;
using TyollisyysAlue.Web.Security;

namespace TyollisyysAlue.Web.Components.Account;

/// <summary>
/// Local sign-in. Wrong e-mail, wrong password and deactivated account all get the same message and take about as long
/// (the password hasher runs for an unknown e-mail too), so nothing tells whether an account exists (issue 11, finding 4).
/// Repeated failures for one e-mail from one address are throttled (<see cref="SignInThrottle"/>: 429 with Retry-After),
/// the same way for real and unknown e-mails; accounts are never locked by strangers.
/// </summary>
public partial class Login
{
    private string? _message;

    [Inject] private SignInManager<ApplicationUser> SignIn { get; set; } = default!;
    [Inject] private UserManager<ApplicationUser> Users { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private IConfiguration Configuration { get; set; } = default!;
    [Inject] private ILogger<Login> Logger { get; set; } = default!;
    [Inject] private SignInThrottle Throttle { get; set; } = default!;
    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromForm] private SignInForm? Form { get; set; }
    [SupplyParameterFromQuery] private string? ReturnUrl { get; set; }
    [SupplyParameterFromQuery(Name = "error")] private string? ExternalError { get; set; }

    // Keep the return address through the post.
    private string FormAction => "/account/login" + (ReturnUrl is null ? "" : "?ReturnUrl=" + Uri.EscapeDataString(ReturnUrl));

    private bool OrganisationSignIn => AuthSetup.IsOpenIdConnectConfigured(Configuration);

    protected override void OnInitialized()
    {
        Form ??= new SignInForm();
        // An organisation account we do not know, or an organisation sign-in that failed validation (or was cancelled).
        if (ExternalError is not null)
            _message = ExternalError == Auth.OrganisationSignIn.UnknownError ? L["SignIn.ExternalFailed"] : L["SignIn.ExternalRejected"];
    }

    private async Task SignInAsync()
    {
        var form = Form!;
        var email = form.Email.Trim();
        var address = HttpContext.Connection.RemoteIpAddress?.ToString();
        if (Throttle.RetryAfter(email, address) is { } wait)
        {
            VerifyAgainstNothing(form.Password); // the same time as an answered attempt
            HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            _message = L["SignIn.TooMany"];
            Logger.LogWarning("Sign-in throttled for {Address}", address);
            return;
        }
        var user = await Users.FindByEmailAsync(email);
        if (user is null || !user.IsActive)
        {
            VerifyAgainstNothing(form.Password);
            Failed(email, address);
            return;
        }
        // No lockout on failure: the throttle above limits guessing without letting anyone lock the account.
        var result = await SignIn.PasswordSignInAsync(user, form.Password, isPersistent: false, lockoutOnFailure: false);
        if (result.Succeeded)
        {
            Throttle.Succeeded(email, address);
            Logger.LogInformation("User {UserId} signed in", user.Id);
            Navigation.NavigateTo(AccountEndpoints.SafeReturnUrl(ReturnUrl), forceLoad: true);
            return;
        }
        Failed(email, address);
    }

    private void Failed(string email, string? address)
    {
        Throttle.Failed(email, address);
        _message = L["SignIn.Failed"];
    }

    /// <summary>Runs the password hasher as for a real account, so that an unknown e-mail answers as slowly.</summary>
    private void VerifyAgainstNothing(string password) =>
        Users.PasswordHasher.VerifyHashedPassword(Nobody, NobodysHash.Value, password);

    private static readonly ApplicationUser Nobody = new() { UserName = "nobody" };
    private static readonly Lazy<string> NobodysHash = new(() =>
        new PasswordHasher<ApplicationUser>().HashPassword(Nobody, Guid.NewGuid().ToString()));
}
