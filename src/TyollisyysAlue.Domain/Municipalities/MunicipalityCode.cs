using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace TyollisyysAlue.Domain.Municipalities;

/// <summary>Statistics Finland's three-digit municipality code, e.g. "049" for Espoo.</summary>
public readonly record struct MunicipalityCode : IComparable<MunicipalityCode>
{
    public string Value { get; }

    private MunicipalityCode(string value) => Value = value;

    public static MunicipalityCode Parse(string text) =>
        TryParse(text, out var code)
            ? code
            : throw new FormatException($"'{text}' is not a municipality code (three digits, e.g. 049).");

    /// <summary>Accepts "49", "049" and PxWeb's "KU049".</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out MunicipalityCode code)
    {
        code = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var trimmed = text.Trim();
        if (trimmed.StartsWith("KU", StringComparison.OrdinalIgnoreCase)) trimmed = trimmed[2..];
        if (trimmed.Length is < 1 or > 3 || !trimmed.All(char.IsAsciiDigit)) return false;
        code = new MunicipalityCode(int.Parse(trimmed, CultureInfo.InvariantCulture).ToString("000", CultureInfo.InvariantCulture));
        return true;
    }

    public int CompareTo(MunicipalityCode other) => string.CompareOrdinal(Value, other.Value);

    public static bool operator <(MunicipalityCode left, MunicipalityCode right) => left.CompareTo(right) < 0;
    public static bool operator <=(MunicipalityCode left, MunicipalityCode right) => left.CompareTo(right) <= 0;
    public static bool operator >(MunicipalityCode left, MunicipalityCode right) => left.CompareTo(right) > 0;
    public static bool operator >=(MunicipalityCode left, MunicipalityCode right) => left.CompareTo(right) >= 0;

    public override string ToString() => Value ?? string.Empty;
}
