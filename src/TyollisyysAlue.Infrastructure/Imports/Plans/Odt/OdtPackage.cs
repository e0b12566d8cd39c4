using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;

namespace TyollisyysAlue.Infrastructure.Imports.Plans.Odt;

/// <summary>The zip of an OpenDocument text: its mimetype, whether it is encrypted, and its XML parts read safely.</summary>
internal static class OdtPackage
{
    private static readonly XmlReaderSettings Safe = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };

    public static bool IsText(ZipArchive zip) =>
        zip.GetEntry("mimetype") is { } entry && ReadAll(entry).Trim().StartsWith("application/vnd.oasis.opendocument.text", StringComparison.Ordinal);

    /// <summary>A password-protected document lists encryption data for its parts in the manifest.</summary>
    public static bool IsEncrypted(ZipArchive zip) =>
        zip.GetEntry("META-INF/manifest.xml") is { } manifest
        && Load(manifest).Descendants(OdtNames.Manifest + "encryption-data").Any();

    /// <summary>An XML part (DTDs refused, whitespace kept: in text it matters).</summary>
    public static XDocument Load(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var reader = XmlReader.Create(stream, Safe);
        return XDocument.Load(reader, LoadOptions.PreserveWhitespace);
    }

    public static XDocument? Load(ZipArchive zip, string name) => zip.GetEntry(name) is { } entry ? Load(entry) : null;

    private static string ReadAll(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }
}
