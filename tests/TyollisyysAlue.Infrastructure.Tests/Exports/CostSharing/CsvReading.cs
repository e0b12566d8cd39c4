using System.Globalization;
using CsvHelper;

namespace TyollisyysAlue.Infrastructure.Tests.Exports.CostSharing;

/// <summary>Reads an exported CSV back with CsvHelper: its headings and its records as strings.</summary>
internal static class CsvReading
{
    private static readonly NumberFormatInfo DecimalComma = new() { NumberDecimalSeparator = "," };

    public static (List<string> Headings, List<string[]> Rows) Read(byte[] csv)
    {
        using var reader = CsvReader.Create(csv, new CsvReaderOptions { Separator = ';' });
        var headings = reader.Headers.ToList();
        var rows = new List<string[]>();
        while (reader.Read())
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray());
        return (headings, rows);
    }

    /// <summary>"1234,56" or "-5,00" in cents; anything else (a thousands separator, a decimal point) fails.</summary>
    public static long Cents(string field)
    {
        Assert.Matches(@"^-?\d+,\d\d$", field);
        return (long)(decimal.Parse(field, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, DecimalComma) * 100m);
    }

    public static byte[] Write(Action<Stream> export)
    {
        using var output = new MemoryStream();
        export(output);
        return output.ToArray();
    }
}
