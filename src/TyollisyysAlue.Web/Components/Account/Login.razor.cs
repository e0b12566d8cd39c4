using TyollisyysAlue.Texts;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;
using TyollisyysAlue.Application.Account;
using TyollisyysAlue.Infrastructure.Identity;
using TyollisyysAlue.Web.Auth;
using TyollisyysAlue.Web.Components.Shared;

namespace TyollisyysAlue.Web.Components.Account;

/// <summary>
/// Local sign-in. Wrong e-mail, wrong password and deactivated account all get the same message (no account probing);
/// after repeated failures the account is locked and the page says until when.
/// </summary>
public partial class Login
{
    private string? _message;

    [Inject] private SignInManager<ApplicationUser> SignIn { get; set; } = default!;
    [Inject] private UserManager<ApplicationUser> Users { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private IConfiguration Configuration { get; set; } = default!;
    [Inject] private ILogger<Login> Logger { get; set; } = default!;

    [SupplyParameterFromForm] private SignInForm? Form { get; set; }
    [SupplyParameterFromQuery] private string? ReturnUrl { get; set; }
    [SupplyParameterFromQuery(Name = "error")] private string? ExternalError { get; set; }

    // Keep the return address through the post.
    private string FormAction => "/account/login" + (ReturnUrl is null ? "" : "?ReturnUrl=" + Uri.EscapeDataString(ReturnUrl));

    private bool OrganisationSignIn => AuthSetup.IsOpenIdConnectConfigured(Configuration);

    protected override void OnInitialized()
    {
        Form ??= new SignInForm();
        if (ExternalError is not null) _message = L["SignIn.ExternalFailed"];
    }

    private async Task SignInAsync()
    {
        var form = Form!;
        var user = await Users.FindByEmailAsync(form.Email.Trim());
        if (user is null || !user.IsActive)
        {
            _message = L["SignIn.Failed"];
            return;
        }
        var result = await SignIn.PasswordSignInAsync(user, form.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            Logger.LogInformation("User {UserId} signed in", user.Id);
            Navigation.NavigateTo(AccountEndpoints.SafeReturnUrl(ReturnUrl), forceLoad: true);
            return;
        }
        if (result.IsLockedOut)
        {
            var until = await Users.GetLockoutEndDateAsync(user) ?? DateTimeOffset.UtcNow;
            _message = string.Format(System.Globalization.CultureInfo.CurrentCulture, L["SignIn.LockedOut"], Formats.Time(until));
            Logger.LogWarning("User {UserId} locked out until {Until}", user.Id, until);
            return;
        }
        _message = L["SignIn.Failed"];
    }
}
