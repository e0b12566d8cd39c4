using System.IO.Compression;
using System.Text;
using TyollisyysAlue.Application.Plans.Import;
using TyollisyysAlue.Infrastructure.Imports.Plans.Docx;
using TyollisyysAlue.Infrastructure.Imports.Plans.Odt;
using TyollisyysAlue.Infrastructure.Imports.Plans.PlainText;

namespace TyollisyysAlue.Infrastructure.Imports.Plans;

/// <summary>
/// Tells the format by the bytes, not the name: a zip with word/document.xml is .docx, one with the OpenDocument text
/// mimetype is .odt; an OLE compound file is a password-protected Office file (it holds an EncryptedPackage) or an
/// old binary .doc; Markdown and plain text go by their extension. Everything else is refused with a reason.
/// </summary>
public sealed class PlanFileReader : IPlanFileReader
{
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] CompoundFile = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public PlanFileRead Read(string fileName, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        if (content.Length == 0) return new PlanFileRead.Refused(PlanImportErrors.Empty);
        if (content.Length > PlanImportLimits.MaxBytes) return PlanImportErrors.TooLargeFile(content.Length);
        if (content.AsSpan().StartsWith(CompoundFile)) return CompoundFileRefusal(content);
        if (content.AsSpan().StartsWith(Zip)) return ReadPackage(content, extension);
        if (extension is ".docx" or ".odt") return new PlanFileRead.Refused(PlanImportErrors.Corrupt);
        return extension switch
        {
            ".md" or ".markdown" => ReadText(content, MarkdownPlanReader.Read, "md"),
            ".txt" or ".text" => ReadText(content, PlainTextPlanReader.Read, "txt"),
            _ => new PlanFileRead.Refused(PlanImportErrors.Unsupported, extension.Length == 0 ? "?" : extension),
        };
    }

    private static PlanFileRead ReadPackage(byte[] content, string extension)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Sum(e => e.Length) > PlanImportLimits.MaxUnpackedBytes)
                return new PlanFileRead.Refused(PlanImportErrors.TooLargeUnpacked);
            if (zip.GetEntry("word/document.xml") is not null) return new PlanFileRead.Read(DocxPlanReader.Read(content));
            if (OdtPackage.IsText(zip))
                return OdtPackage.IsEncrypted(zip) ? new PlanFileRead.Refused(PlanImportErrors.PasswordProtected) : new PlanFileRead.Read(OdtPlanReader.Read(zip));
            return new PlanFileRead.Refused(PlanImportErrors.Unsupported, extension.Length == 0 ? "zip" : extension);
        }
        // What a damaged or foreign package makes the zip, XML and Open XML readers throw: refused as damaged, never half-read.
        catch (Exception e) when (e is InvalidDataException or System.Xml.XmlException or IOException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException
                                      or FileFormatException or NotSupportedException or FormatException or InvalidOperationException or ArgumentException)
        {
            return new PlanFileRead.Refused(PlanImportErrors.Corrupt);
        }
    }

    /// <summary>Office keeps a password-protected .docx in a compound file with an "EncryptedPackage" stream; a .doc has "WordDocument".</summary>
    private static PlanFileRead.Refused CompoundFileRefusal(byte[] content)
    {
        var span = content.AsSpan();
        if (span.IndexOf(Encoding.Unicode.GetBytes("EncryptedPackage")) >= 0 || span.IndexOf(Encoding.Unicode.GetBytes("EncryptionInfo")) >= 0)
            return new PlanFileRead.Refused(PlanImportErrors.PasswordProtected);
        if (span.IndexOf(Encoding.Unicode.GetBytes("WordDocument")) >= 0) return new PlanFileRead.Refused(PlanImportErrors.LegacyWord);
        return new PlanFileRead.Refused(PlanImportErrors.Unsupported, ".doc/.xls");
    }

    private static PlanFileRead ReadText(byte[] content, Func<string, ImportedDocument> read, string format)
    {
        if (Array.IndexOf(content, (byte)0) >= 0) return new PlanFileRead.Refused(PlanImportErrors.Unsupported, "." + format);
        return new PlanFileRead.Read(read(TextDecoding.Decode(content)));
    }
}
