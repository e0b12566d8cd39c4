using System.Globalization;
using TyollisyysAlue.Domain.Common;

namespace TyollisyysAlue.Infrastructure.Exports.CostSharing.Pdf;

/// <summary>Figures as a reader of that language writes them: fi "1 234 567,89", en "1,234,567.89".</summary>
internal static class PdfFormat
{
    public static string Euros(Money amount, CultureInfo culture) => amount.ToEuros().ToString("N2", culture);

    public static string Percent(decimal weight, CultureInfo culture) => weight.ToString("0.##", culture) + " %";

    /// <summary>A PDF date string, e.g. D:20250115093000+02'00'.</summary>
    public static string PdfDate(DateTimeOffset at)
    {
        var offset = at.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        return $"D:{at.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture)}{sign}{Math.Abs(offset.Hours):00}'{Math.Abs(offset.Minutes):00}'";
    }
}
