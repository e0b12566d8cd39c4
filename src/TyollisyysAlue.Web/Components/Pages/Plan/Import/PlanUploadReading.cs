using System.Security.Cryptography;
using Microsoft.AspNetCore.Components.Forms;
using TyollisyysAlue.Application.Plans.Import;

namespace TyollisyysAlue.Web.Components.Pages.Plan.Import;

/// <summary>A read upload: the document, the file's name, size, format and SHA-256 (for the audit). The bytes are gone.</summary>
public sealed record PlanUploadRead(string FileName, long SizeBytes, string Sha256, ImportedDocument Document);

/// <summary>
/// Reads an uploaded plan document with bounded memory: a file over the limit is refused by its declared size before a
/// byte is read; a file within it is read once into one buffer, hashed, parsed, and the buffer dropped — only the
/// parsed text stays in the circuit for the preview.
/// </summary>
public static class PlanUploadReading
{
    public static async Task<(PlanUploadRead? Read, PlanFileRead.Refused? Refused)> ReadAsync(IBrowserFile file, IPlanFileReader reader, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(reader);
        if (file.Size > PlanImportLimits.MaxBytes) return (null, PlanImportErrors.TooLargeFile(file.Size));
        if (file.Size == 0) return (null, new PlanFileRead.Refused(PlanImportErrors.Empty));
        var content = new byte[file.Size];
        await using (var stream = file.OpenReadStream(PlanImportLimits.MaxBytes, ct))
            await stream.ReadExactlyAsync(content, ct);
        var hash = Convert.ToHexStringLower(SHA256.HashData(content));
        // Parsing is CPU work on up to 20 MB: off the circuit's synchronization context.
        var read = await Task.Run(() => reader.Read(file.Name, content), ct);
        return read switch
        {
            PlanFileRead.Read document => (new PlanUploadRead(file.Name, content.LongLength, hash, document.Document), null),
            PlanFileRead.Refused refused => (null, refused),
            _ => throw new InvalidOperationException("Unknown read result."),
        };
    }
}
