using System.Globalization;

namespace TyollisyysAlue.Domain.FollowUp;

/// <summary>
/// Amounts as finance systems export them: Finnish "1 234,56" (spaces, no-break spaces or dots between thousands),
/// a sign in front ("-", "−") or behind ("1 234,56-", SAP), or a machine "1234.56" (xlsx cells). More than two
/// decimals is an error, never rounded: a cent must not disappear on the way in.
/// </summary>
public static class LedgerAmount
{
    public const string Unreadable = "Ledger.BadAmount";
    public const string TooPrecise = "Ledger.TooPrecise";

    /// <summary>The amount, or the code of what is wrong with it; an empty cell is zero (the other of two columns).</summary>
    public static (decimal Amount, string? Error) Parse(string? text)
    {
        var s = (text ?? string.Empty).Trim();
        if (s.Length == 0) return (0m, null);
        var negative = false;
        if (s[0] is '-' or '−' or '–') { negative = true; s = s[1..]; }
        else if (s[0] == '+') s = s[1..];
        else if (s[^1] is '-' or '−') { negative = true; s = s[..^1]; }
        s = s.Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal)
            .Replace("\u202F", "", StringComparison.Ordinal).Replace("€", "", StringComparison.Ordinal);
        if (s.Contains(',', StringComparison.Ordinal))
            s = s.Replace(".", "", StringComparison.Ordinal).Replace(',', '.');
        else if (s.Count(c => c == '.') > 1)
            s = s.Replace(".", "", StringComparison.Ordinal);
        if (s.Length == 0 || s.Any(c => !(char.IsAsciiDigit(c) || c == '.'))
            || !decimal.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            return (0m, Unreadable);
        if (decimal.Round(value, 2) != value) return (0m, TooPrecise);
        return (negative ? -value : value, null);
    }
}
