using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;
using TyollisyysAlue.Application.Account;
using TyollisyysAlue.Infrastructure.Identity;

namespace TyollisyysAlue.Web.Components.Account;

/// <summary>
/// The invitation and password-reset link: the person sets a password (Identity's rules; Identity checks the token).
/// Accepting an invitation confirms the e-mail and activates the account; then the person is signed in.
/// </summary>
public partial class AcceptInvitation
{
    private string? _message;

    [Inject] private UserManager<ApplicationUser> Users { get; set; } = default!;
    [Inject] private SignInManager<ApplicationUser> SignIn { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private ILogger<AcceptInvitation> Logger { get; set; } = default!;

    [SupplyParameterFromForm] private AcceptInvitationForm? Form { get; set; }
    [SupplyParameterFromQuery(Name = "email")] private string? Email { get; set; }
    [SupplyParameterFromQuery(Name = "token")] private string? Token { get; set; }

    protected override void OnInitialized() => Form ??= new AcceptInvitationForm { Email = Email ?? "", Token = Token ?? "" };

    private async Task AcceptAsync()
    {
        var form = Form!;
        var user = await Users.FindByEmailAsync(form.Email.Trim());
        if (user is null)
        {
            _message = L["Invitation.LinkInvalid"];
            return;
        }
        var reset = await Users.ResetPasswordAsync(user, form.Token, form.Password);
        if (!reset.Succeeded)
        {
            _message = reset.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken))
                ? L["Invitation.LinkInvalid"] : L["Invitation.PasswordRejected"];
            return;
        }
        if (!user.EmailConfirmed)
        {
            // First acceptance of an invitation: the link proved the address.
            user.AcceptInvitation();
            await Users.UpdateAsync(user);
        }
        if (!user.IsActive)
        {
            _message = L["SignIn.Failed"];
            return;
        }
        Logger.LogInformation("User {UserId} set a password from a link", user.Id);
        await SignIn.SignInAsync(user, isPersistent: false);
        Navigation.NavigateTo("/", forceLoad: true);
    }
}
