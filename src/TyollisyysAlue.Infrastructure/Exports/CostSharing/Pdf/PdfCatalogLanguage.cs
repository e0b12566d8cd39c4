using System.Globalization;
using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;
using UglyToad.PdfPig.Writer;

namespace TyollisyysAlue.Infrastructure.Exports.CostSharing.Pdf;

/// <summary>
/// Sets the document language (/Lang in the catalog, which screen readers use) on a PDF that PdfPig built,
/// since PdfPig's builder has no setting for it. Done as a standard incremental update: the catalog is
/// written again with /Lang after the original bytes, with its own xref section and a trailer that points
/// back (/Prev) to the original one. The original content is not touched.
/// </summary>
internal static class PdfCatalogLanguage
{
    public static byte[] Set(byte[] pdf, string language)
    {
        using var document = PdfDocument.Open(pdf);
        var root = document.Structure.Trailer.Root;
        var catalog = document.Structure.Catalog.CatalogDictionary.With(NameToken.Create("Lang"), new StringToken(language));
        var text = Encoding.Latin1.GetString(pdf);
        var startXref = text.LastIndexOf("startxref", StringComparison.Ordinal);
        var trailerStart = text.LastIndexOf("trailer", startXref, StringComparison.Ordinal);
        var trailer = text[(trailerStart + "trailer".Length)..startXref].Trim();
        var previousXref = long.Parse(text[(startXref + "startxref".Length)..].Trim().Split('\n', '\r')[0], CultureInfo.InvariantCulture);

        using var output = new MemoryStream();
        output.Write(pdf);
        Ascii(output, "\n");
        var catalogOffset = output.Position;
        using (var body = new MemoryStream())
        {
            TokenWriter.Instance.WriteToken(catalog, body);
            TokenWriter.Instance.WriteObject(root.ObjectNumber, root.Generation, body.ToArray(), output);
        }
        var xrefOffset = output.Position;
        var updatedTrailer = trailer[..trailer.LastIndexOf(">>", StringComparison.Ordinal)] + $" /Prev {previousXref} >>";
        Ascii(output, $"xref\n{root.ObjectNumber} 1\n{catalogOffset:D10} {root.Generation:D5} n\r\ntrailer\n{updatedTrailer}\nstartxref\n{xrefOffset}\n%%EOF\n");
        return output.ToArray();
    }

    private static void Ascii(Stream output, string text) => output.Write(Encoding.ASCII.GetBytes(text));
}
