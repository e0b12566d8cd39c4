using System.Globalization;

namespace TyollisyysAlue.Texts;

/// <summary>What a number field accepts: how many decimals, whether a minus sign is allowed, and the unit sign a
/// pasted figure may carry ("€" after a euro amount copied from Excel, "%" after a weight).</summary>
public sealed record NumberRule(int MaxDecimals, bool AllowNegative = false, string? Unit = null)
{
    public static readonly NumberRule Euros = new(2, Unit: "€");
    public static readonly NumberRule WholeNumber = new(0);
}

/// <summary>The reading of a typed or pasted number: a value, empty, or refused with a resource key and its arguments.</summary>
public readonly record struct NumberReading(decimal? Value, string? ErrorCode, object[] Args)
{
    public bool IsValid => ErrorCode is null;
    public bool IsEmpty => IsValid && Value is null;
}

/// <summary>
/// The one reader of numbers people type or paste into the product, as they write them in Finland or copy them from a
/// Finnish Excel: "1 310 000,50" (the groups separated by a space, a no-break space or a narrow no-break space),
/// "1310000.50", "1 310 000,50 €", "−12,5" where negatives are allowed. Anything else is refused with a reason rather
/// than read as something the person did not type (no silent 0, no dropped letters, no rounding away of decimals).
/// </summary>
public static class NumberInput
{
    /// <summary>Every space a Finnish figure may group its digits with (Excel and Word write the no-break ones).</summary>
    private static readonly char[] Spaces = [' ', '\u00A0', '\u202F', '\u2009', '\u2007'];

    public const string Invalid = "Number.Invalid";
    public const string NotWhole = "Number.NotWhole";
    public const string TooManyDecimals = "Number.TooManyDecimals";
    public const string NotNegative = "Number.NotNegative";
    public const string TooLarge = "Number.TooLarge";

    public static NumberReading Read(string? text, NumberRule rule)
    {
        var trimmed = (text ?? string.Empty).Trim().Trim(Spaces);
        if (trimmed.Length == 0) return new(null, null, []);
        var body = WithoutUnit(trimmed, rule.Unit);
        var negative = body.Length > 0 && body[0] is '-' or '\u2212' or '–';
        if (negative) body = body[1..].TrimStart(Spaces);
        if (!TrySplit(body, out var whole, out var fraction)) return Refused(Invalid);
        if (!GroupsAreWhole(whole)) return Refused(Invalid);
        var digits = string.Concat(whole.Split(Spaces));
        if (fraction.Length > rule.MaxDecimals) return rule.MaxDecimals == 0 ? Refused(NotWhole) : Refused(TooManyDecimals, rule.MaxDecimals);
        if (negative && !rule.AllowNegative) return Refused(NotNegative);
        var invariant = (negative ? "-" : "") + digits + (fraction.Length > 0 ? "." + fraction : "");
        if (digits.Length > 18 || !decimal.TryParse(invariant, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            return Refused(TooLarge);
        return new(value, null, []);
    }

    /// <summary>A whole number for an int field: the same reading, and refused above what an int holds.</summary>
    public static NumberReading ReadWhole(string? text, bool allowNegative = false)
    {
        var reading = Read(text, NumberRule.WholeNumber with { AllowNegative = allowNegative });
        return reading.Value is { } v && (v > int.MaxValue || v < int.MinValue) ? Refused(TooLarge) : reading;
    }

    private static NumberReading Refused(string code, params object[] args) => new(null, code, args);

    private static string WithoutUnit(string text, string? unit)
    {
        if (unit is null) return text;
        if (text.EndsWith(unit, StringComparison.Ordinal)) return text[..^unit.Length].TrimEnd(Spaces);
        if (unit == "€" && text.EndsWith("EUR", StringComparison.OrdinalIgnoreCase)) return text[..^3].TrimEnd(Spaces);
        return text;
    }

    /// <summary>The digits before and after the one decimal separator (a comma, or a point as "1310000.50" writes it).</summary>
    private static bool TrySplit(string body, out string whole, out string fraction)
    {
        (whole, fraction) = (body, string.Empty);
        var separators = body.Count(c => c is ',' or '.');
        if (separators > 1) return false;
        if (separators == 1)
        {
            var at = body.IndexOfAny([',', '.']);
            (whole, fraction) = (body[..at], body[(at + 1)..]);
            if (fraction.Length == 0 || !fraction.All(char.IsAsciiDigit)) return false;
            if (whole.Length == 0) whole = "0"; // ",5" is a half
        }
        return whole.Length > 0 && whole.All(c => char.IsAsciiDigit(c) || Spaces.Contains(c)) && char.IsAsciiDigit(whole[0]) && char.IsAsciiDigit(whole[^1]);
    }

    /// <summary>Spaces only between groups of three digits ("1 310 000"), so "1 31 0000" is a typing error, not a figure.</summary>
    private static bool GroupsAreWhole(string whole)
    {
        var groups = whole.Split(Spaces);
        return groups.Length == 1 || (groups[0].Length is >= 1 and <= 3 && groups.Skip(1).All(g => g.Length == 3));
    }
}
