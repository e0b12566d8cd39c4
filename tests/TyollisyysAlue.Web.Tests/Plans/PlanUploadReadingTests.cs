using System.Security.Cryptography;
using Microsoft.AspNetCore.Components.Forms;
using TyollisyysAlue.Application.Plans.Import;
using TyollisyysAlue.Infrastructure.Imports.Plans;
using TyollisyysAlue.TestSupport.PlanDocuments;
using TyollisyysAlue.Web.Components.Pages.Plan.Import;

namespace TyollisyysAlue.Web.Tests.Plans;

/// <summary>Reading the upload: the size limit before any byte, the hash of what was read, the reader's refusals passed on.</summary>
public class PlanUploadReadingTests
{
    [Fact]
    public async Task A_100_mb_file_is_refused_by_its_size_without_being_read()
    {
        var file = new BrowserFile("suunnitelma.docx", 100L * 1024 * 1024, content: null);
        var (read, refused) = await PlanUploadReading.ReadAsync(file, new PlanFileReader());
        Assert.Null(read);
        Assert.Equal(PlanImportErrors.TooLarge, refused!.Code);
        Assert.Equal([100.0m, 20.0m], refused.Args);
        Assert.False(file.Opened);
    }

    [Fact]
    public async Task A_plan_is_read_hashed_and_parsed_and_a_damaged_one_refused()
    {
        var docx = SeedDocuments.Get(SeedDocuments.EspooKauniainen, "docx");
        var (read, refused) = await PlanUploadReading.ReadAsync(new BrowserFile("espoo.docx", docx.Length, docx), new PlanFileReader());
        Assert.Null(refused);
        Assert.Equal(("espoo.docx", docx.LongLength, Convert.ToHexStringLower(SHA256.HashData(docx)), "docx"),
            (read!.FileName, read.SizeBytes, read.Sha256, read.Document.Format));
        Assert.Contains(read.Document.Blocks, b => b is ImportHeading { Text: "f) Varautuminen rakennemuutostilanteisiin" });

        var (_, damaged) = await PlanUploadReading.ReadAsync(new BrowserFile("rikki.docx", 100, docx[..100]), new PlanFileReader());
        Assert.Equal(PlanImportErrors.Corrupt, damaged!.Code);
        var (_, empty) = await PlanUploadReading.ReadAsync(new BrowserFile("tyhja.txt", 0, []), new PlanFileReader());
        Assert.Equal(PlanImportErrors.Empty, empty!.Code);
    }

    /// <summary>A browser's file as Blazor hands it over: its declared size, and a stream only when opened.</summary>
    private sealed class BrowserFile(string name, long size, byte[]? content) : IBrowserFile
    {
        public bool Opened { get; private set; }
        public string Name => name;
        public DateTimeOffset LastModified => DateTimeOffset.UnixEpoch;
        public long Size => size;
        public string ContentType => "application/octet-stream";

        public Stream OpenReadStream(long maxAllowedSize = 512000, CancellationToken cancellationToken = default)
        {
            Opened = true;
            if (size > maxAllowedSize) throw new IOException($"Supplied file with size {size} bytes exceeds the maximum of {maxAllowedSize} bytes.");
            return new MemoryStream(content ?? throw new InvalidOperationException("This file's content was never given."));
        }
    }
}
