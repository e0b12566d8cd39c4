namespace TyollisyysAlue.Web.Auth;

/// <summary>
/// Marks the circuit of the tab whose user pressed "sign out". Sign-out ends the user's sessions, which sends every
/// open tab of theirs to the sign-in page at once; in this tab that redirect would overtake the sign-out form's own
/// navigation — and with it the organisation's sign-out (RP-initiated logout), which the form's answer leads to.
/// </summary>
public sealed class SigningOut
{
    public bool InThisTab { get; private set; }

    public void Started() => InThisTab = true;
}
