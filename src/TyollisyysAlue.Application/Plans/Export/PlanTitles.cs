namespace TyollisyysAlue.Application.Plans.Export;

/// <summary>
/// The document's own title without the area's name: the cover and the metadata print the area name themselves, so
/// a stored title such as "Kuopion työllisyysalue: Palveluiden järjestämissuunnitelma" would name the area twice.
/// Only a name followed by a separator (":", "–", "-", ",") is taken off, so "Porvoon työllisyysalueen TE-palvelut: …"
/// keeps its words.
/// </summary>
public static class PlanTitles
{
    private static readonly char[] Separators = [':', '–', '—', '-', ','];

    public static string WithoutAreaName(string title, string areaName)
    {
        var trimmed = title.Trim();
        if (areaName.Length == 0 || !trimmed.StartsWith(areaName, StringComparison.OrdinalIgnoreCase)) return trimmed;
        var rest = trimmed[areaName.Length..].TrimStart();
        if (rest.Length == 0 || Array.IndexOf(Separators, rest[0]) < 0) return trimmed;
        var own = rest[1..].Trim();
        return own.Length == 0 ? trimmed : own;
    }
}
