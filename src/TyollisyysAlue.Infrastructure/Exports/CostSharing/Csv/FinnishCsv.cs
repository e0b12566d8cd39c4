using System.Globalization;
using CsvHelper;
using TyollisyysAlue.Domain.Common;

namespace TyollisyysAlue.Infrastructure.Exports.CostSharing.Csv;

/// <summary>
/// The CSV that Finnish Excel opens as it is: semicolon-separated, UTF-8 with a byte order mark, decimal
/// comma without thousands separators ("1234,56", "-5,00"). Text that a spreadsheet would run as a
/// formula (a name starting with "=") is escaped; amounts are written as numbers, so "-5,00" stays one.
/// </summary>
internal static class FinnishCsv
{
    private static readonly NumberFormatInfo DecimalComma = new() { NumberDecimalSeparator = ",", NegativeSign = "-" };

    private static readonly CsvWriterOptions Options = new()
    {
        Separator = ';',
        WriteByteOrderMark = true,
        Injection = CsvInjection.Escape,
    };

    public static CsvWriter Create(Stream output) => CsvWriter.Create(output, Options, leaveOpen: true);

    public static void Headings(this CsvWriter csv, IEnumerable<string> headings)
    {
        foreach (var heading in headings) csv.WriteField(heading);
        csv.EndRecord();
    }

    public static void Euros(this CsvWriter csv, Money amount) => csv.WriteField(amount.ToEuros(), "0.00", DecimalComma);

    /// <summary>An indicator value as it entered the split (a count, or an average to two decimals).</summary>
    public static void Figure(this CsvWriter csv, decimal value) => csv.WriteField(value, "0.##", DecimalComma);

    /// <summary>A ratio (0,2947) as a percentage number to two decimals (29,47), half away from zero.</summary>
    public static void Percent(this CsvWriter csv, decimal ratio) => csv.WriteField(Rounding.PercentOfRatio(ratio, 2), "0.00", DecimalComma);
}
