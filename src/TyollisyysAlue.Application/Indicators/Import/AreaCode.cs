using System.Text.RegularExpressions;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Application.Indicators.Import;

public enum AreaKind { Municipality, Aggregate, Unknown }

/// <summary>
/// What an area member of a table is: a municipality (KU049; a bare 049 in a flat file), a total the import lists as
/// skipped (SSS whole country, MK regions, SK sub-regions, ELY centres, KUJOU/ELYJO "unknown"), or not an area at all.
/// </summary>
public static partial class AreaCode
{
    public static (AreaKind Kind, MunicipalityCode? Code) Classify(string member)
    {
        var text = member.Trim();
        if (Municipality().Match(text) is { Success: true } m && MunicipalityCode.TryParse(m.Groups[1].Value + m.Groups[2].Value, out var code))
            return (AreaKind.Municipality, code);
        if (Aggregate().IsMatch(text) || WholeCountry.Contains(text)) return (AreaKind.Aggregate, null);
        return (AreaKind.Unknown, null);
    }

    /// <summary>Whether a value reads as an area code at all (how a CSV column is recognised as the area).</summary>
    public static bool LooksLikeArea(string member) => Classify(member).Kind != AreaKind.Unknown;

    [GeneratedRegex(@"^(?:KU(\d{3})|(\d{1,3}))$", RegexOptions.IgnoreCase)]
    private static partial Regex Municipality();

    private static readonly HashSet<string> WholeCountry = new(["Koko maa", "Whole country", "Hela landet"], StringComparer.OrdinalIgnoreCase);

    // Codes are upper case: "Kuopio" as a bare label must not read as an aggregate.
    [GeneratedRegex(@"^(SSS|MK\d{1,2}|SK\d{1,3}|ELY[0-9A-Z]{1,3}|AVI[0-9A-Z]{1,3}|KUJOU)$")]
    private static partial Regex Aggregate();
}

/// <summary>
/// A cell's text: a number (PxWeb writes "31212" and "12.8"; Finnish files "1 234,5"), a suppressed value
/// (".", "..", "...", "-", empty) that is missing and never zero, or neither.
/// </summary>
public static class CellValue
{
    private static readonly string[] Suppressed = [".", "..", "...", "-", "–", ""];

    public static bool IsSuppressed(string raw) => Suppressed.Contains(raw.Trim());

    public static bool TryParse(string raw, out decimal value)
    {
        var text = raw.Trim().Replace("\u00A0", "", StringComparison.Ordinal).Replace("\u202F", "", StringComparison.Ordinal)
            .Replace(" ", "", StringComparison.Ordinal).Replace('\u2212', '-');
        if (text.Contains(',', StringComparison.Ordinal) && !text.Contains('.', StringComparison.Ordinal)) text = text.Replace(',', '.');
        return decimal.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign | System.Globalization.NumberStyles.AllowDecimalPoint,
            System.Globalization.CultureInfo.InvariantCulture, out value);
    }
}
