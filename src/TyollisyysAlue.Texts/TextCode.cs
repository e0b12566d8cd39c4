namespace TyollisyysAlue.Texts;

/// <summary>
/// A text that is not rendered yet: a resource key of the table and its arguments. Application code returns these;
/// whoever shows them (a page, an export, a problem details answer) renders them in its reader's language.
/// </summary>
public sealed record TextCode(string Key, params object?[] Args)
{
    public override string ToString() => Key;
}
