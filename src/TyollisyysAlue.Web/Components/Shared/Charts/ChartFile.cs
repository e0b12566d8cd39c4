using System.Globalization;
using System.Text;

namespace TyollisyysAlue.Web.Components.Shared.Charts;

/// <summary>A downloaded chart's file name: its title in the user's language, the area and the year ("Kunnittain-porvoo-2025").</summary>
public static class ChartFile
{
    public static string Name(string title, string? areaKey, int? year)
    {
        var parts = new[] { Clean(title), areaKey is null ? null : Clean(areaKey), year?.ToString(CultureInfo.InvariantCulture) };
        var name = string.Join("-", parts.Where(p => !string.IsNullOrEmpty(p)));
        return name.Length == 0 ? "chart" : name;
    }

    /// <summary>The area of an area page's address (/areas/{key}/…), or null.</summary>
    public static string? AreaKeyOf(string uri)
    {
        var segments = new Uri(uri).AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var at = Array.IndexOf(segments, "areas");
        return at >= 0 && at + 1 < segments.Length ? Uri.UnescapeDataString(segments[at + 1]) : null;
    }

    /// <summary>The page's ?year=, or null.</summary>
    public static int? YearOf(string uri) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(uri).Query).TryGetValue("year", out var v)
        && int.TryParse(v.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null;

    /// <summary>Letters (also ä, ö, å) and digits kept, anything else a single hyphen: safe on every system.</summary>
    private static string Clean(string text)
    {
        var name = new StringBuilder();
        foreach (var c in text.Trim())
        {
            if (char.IsLetterOrDigit(c)) name.Append(c);
            else if (name.Length > 0 && name[^1] != '-') name.Append('-');
        }
        return name.ToString().Trim('-');
    }
}
