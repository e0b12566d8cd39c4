using System.IO.Compression;
using System.Text;
using TyollisyysAlue.Application.Plans.Import;
using TyollisyysAlue.TestSupport.PlanDocuments;

namespace TyollisyysAlue.Infrastructure.Tests.Imports.Plans;

/// <summary>Files the import cannot read are refused with the reason (a code the UI translates), never half-read.</summary>
public class BadPlanFileTests
{
    private static string Code(string name, byte[] content) => PlanImportReading.Refusal(name, content).Code;

    [Fact]
    public void A_damaged_docx_or_odt_is_refused_as_damaged()
    {
        var docx = SeedDocuments.Get(SeedDocuments.Kuopio, "docx");
        Assert.Equal(PlanImportErrors.Corrupt, Code("kuopio.docx", docx[..(docx.Length / 2)]));
        Assert.Equal(PlanImportErrors.Corrupt, Code("kuopio.odt", SeedDocuments.Get(SeedDocuments.Kuopio, "odt")[..3000]));
        Assert.Equal(PlanImportErrors.Corrupt, Code("kuopio.docx", Encoding.UTF8.GetBytes("Tämä ei ole Word-tiedosto.")));
        Assert.Equal(PlanImportErrors.Corrupt, Code("broken.docx", Zip(("word/document.xml", "<w:document><w:body><w:p>")))); // XML cut short
    }

    [Fact]
    public void A_password_protected_office_file_is_refused_as_such_and_an_old_doc_is_asked_to_be_saved_as_docx()
    {
        Assert.Equal(PlanImportErrors.PasswordProtected, Code("salainen.docx", EncryptedOfficeFile.Create()));
        Assert.Equal(PlanImportErrors.LegacyWord, Code("vanha.doc", EncryptedOfficeFile.LegacyWord()));
    }

    [Fact]
    public void A_password_protected_odt_is_refused_as_such()
    {
        var odt = Zip(("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "not readable without the password"),
            ("META-INF/manifest.xml", """
                <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">
                  <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">
                    <manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="x"/>
                  </manifest:file-entry>
                </manifest:manifest>
                """));
        Assert.Equal(PlanImportErrors.PasswordProtected, Code("salainen.odt", odt));
    }

    [Fact]
    public void A_file_over_the_limit_is_refused_with_its_size_and_the_limit()
    {
        var refusal = PlanImportReading.Refusal("iso.docx", new byte[PlanImportLimits.MaxBytes + 1]);
        Assert.Equal(PlanImportErrors.TooLarge, refusal.Code);
        Assert.Equal([20.0m, 20.0m], refusal.Args);
        Assert.Equal([100.0m, 20.0m], PlanImportErrors.TooLargeFile(100L * 1024 * 1024).Args);
    }

    [Fact]
    public void A_zip_that_would_unpack_beyond_the_limit_is_refused_before_it_is_read()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i <= PlanImportLimits.MaxUnpackedBytes / zeros.Length; i++) entry.Write(zeros);
        }
        Assert.True(buffer.Length < PlanImportLimits.MaxBytes);
        Assert.Equal(PlanImportErrors.TooLargeUnpacked, Code("pommi.docx", buffer.ToArray()));
    }

    [Theory]
    [InlineData("suunnitelma.pdf", "%PDF-1.7\n", ".pdf")]
    [InlineData("suunnitelma.rtf", "{\\rtf1\\ansi Suunnitelma}", ".rtf")]
    [InlineData("suunnitelma", "Teksti ilman päätettä", "?")]
    public void An_unsupported_format_is_refused_naming_the_format(string name, string content, string format)
    {
        var refusal = PlanImportReading.Refusal(name, Encoding.UTF8.GetBytes(content));
        Assert.Equal((PlanImportErrors.Unsupported, format), (refusal.Code, (string)refusal.Args[0]));
    }

    [Fact]
    public void A_spreadsheet_an_empty_file_and_a_binary_text_file_are_refused()
    {
        Assert.Equal(PlanImportErrors.Unsupported, Code("talous.xlsx", Zip(("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", "<workbook/>"))));
        Assert.Equal(PlanImportErrors.Empty, Code("tyhja.docx", []));
        Assert.Equal(PlanImportErrors.Unsupported, Code("kuva.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00]));
    }

    private static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, text) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(text);
            }
        return buffer.ToArray();
    }
}
