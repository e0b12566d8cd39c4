namespace TyollisyysAlue.Web.Components.Layout;

/// <summary>Reads and builds area addresses: /areas/{slug}/{section}.</summary>
public static class AreaAddress
{
    public const string Prefix = "areas/";

    /// <summary>The area slug and the rest of a base-relative path, or null outside an area.</summary>
    public static (string Slug, string Section)? Parse(string baseRelativePath)
    {
        var path = baseRelativePath.Split('?', '#')[0];
        if (!path.StartsWith(Prefix, StringComparison.Ordinal)) return null;
        var parts = path[Prefix.Length..].Split('/', 2);
        return parts[0].Length == 0 ? null : (parts[0], parts.Length > 1 ? parts[1] : string.Empty);
    }

    public static string For(string slug, string section = "") =>
        string.IsNullOrEmpty(section) ? $"/areas/{slug}" : $"/areas/{slug}/{section}";
}
