using System.Globalization;
using System.Text;
using UglyToad.PdfPig.CrossReference;
using UglyToad.PdfPig.Tokens;
using UglyToad.PdfPig.Writer;

namespace TyollisyysAlue.Infrastructure.Exports.Plans.Pdf;

/// <summary>
/// Appends objects to a finished PDF as a standard incremental update (ISO 32000-1, 7.5.6): the new or replaced
/// objects after the original bytes, an xref section listing only them, and a trailer whose /Prev points back to
/// the original xref. A reader takes the newest version of each object; the original bytes stay untouched.
/// </summary>
internal static class PdfIncrementalUpdate
{
    public static byte[] Append(byte[] original, long previousXref, TrailerDictionary trailer, int size,
        IReadOnlyList<(int Number, IToken Token)> objects)
    {
        using var output = new MemoryStream(original.Length + objects.Count * 200);
        output.Write(original);
        Ascii(output, "\n");
        var offsets = new SortedDictionary<int, long>();
        foreach (var (number, token) in objects)
        {
            offsets[number] = output.Position;
            using var body = new MemoryStream();
            TokenWriter.Instance.WriteToken(token, body);
            TokenWriter.Instance.WriteObject(number, 0, body.ToArray(), output);
        }

        var xref = output.Position;
        var table = new StringBuilder("xref\n");
        foreach (var run in Runs(offsets.Keys))
        {
            table.Append(CultureInfo.InvariantCulture, $"{run[0]} {run.Count}\n");
            foreach (var number in run) table.Append(CultureInfo.InvariantCulture, $"{offsets[number]:D10} 00000 n\r\n");
        }
        Ascii(output, table.Append("trailer\n").ToString());
        var entries = new Dictionary<NameToken, IToken>
        {
            [NameToken.Size] = new NumericToken(size),
            [NameToken.Root] = new IndirectReferenceToken(trailer.Root),
            [NameToken.Prev] = new NumericToken(previousXref),
        };
        if (trailer.Info is { } info) entries[NameToken.Info] = info;
        if (trailer.Identifier is { Count: > 0 } id) entries[NameToken.Id] = new ArrayToken(id);
        TokenWriter.Instance.WriteToken(new DictionaryToken(entries), output);
        Ascii(output, $"\nstartxref\n{xref}\n%%EOF\n");
        return output.ToArray();
    }

    /// <summary>Object numbers in runs of consecutive numbers, one xref subsection each.</summary>
    private static List<List<int>> Runs(IEnumerable<int> numbers)
    {
        var runs = new List<List<int>>();
        foreach (var number in numbers)
        {
            if (runs.Count > 0 && runs[^1][^1] == number - 1) runs[^1].Add(number);
            else runs.Add([number]);
        }
        return runs;
    }

    private static void Ascii(Stream output, string text) => output.Write(Encoding.ASCII.GetBytes(text));
}
