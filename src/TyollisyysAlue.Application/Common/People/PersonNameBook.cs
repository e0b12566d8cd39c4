namespace TyollisyysAlue.Application.Common.People;

/// <summary>A person as a page may show them: the name, and the e-mail that only administrators see in a tooltip.</summary>
public sealed record PersonName(string Name, string? Email);

/// <summary>
/// The names found by one <see cref="IPersonNames"/> look-up. Someone who is not (or no longer) a user — an API
/// token's name, "demo-data" — shows as stored, except that an e-mail is never shown as a name: its local part is.
/// </summary>
public sealed class PersonNameBook(IReadOnlyDictionary<string, PersonName> bySignInName, IReadOnlyDictionary<Guid, PersonName> byId)
{
    public static PersonNameBook Empty { get; } = new(new Dictionary<string, PersonName>(), new Dictionary<Guid, PersonName>());

    /// <summary>The name to show for what was stored: the user's id wins (it survives a changed e-mail), then the sign-in name.</summary>
    public string Of(string? signInName, Guid? userId = null) => Find(signInName, userId)?.Name ?? Fallback(signInName);

    /// <summary>The e-mail behind a name, for an administrator's tooltip; null when the person is not a user.</summary>
    public string? EmailOf(string? signInName, Guid? userId = null) => Find(signInName, userId)?.Email;

    private PersonName? Find(string? signInName, Guid? userId) =>
        userId is { } id && byId.TryGetValue(id, out var byUser) ? byUser
        : signInName is not null && bySignInName.TryGetValue(signInName, out var bySignIn) ? bySignIn : null;

    /// <summary>
    /// The name of a user who has none (accounts invited before names were asked): the e-mail's local part, never an
    /// empty string; anything that is not an e-mail as it is.
    /// </summary>
    public static string Fallback(string? signInNameOrEmail)
    {
        if (string.IsNullOrWhiteSpace(signInNameOrEmail)) return "?";
        var at = signInNameOrEmail.IndexOf('@', StringComparison.Ordinal);
        return at > 0 ? signInNameOrEmail[..at] : signInNameOrEmail.Trim();
    }

    /// <summary>The name a user account shows: its display name, unless that is empty or just the e-mail again.</summary>
    public static string NameOf(string? displayName, string? email) =>
        string.IsNullOrWhiteSpace(displayName) || string.Equals(displayName.Trim(), email, StringComparison.OrdinalIgnoreCase)
            ? Fallback(email) : displayName.Trim();
}
