using Microsoft.AspNetCore.Components.Forms;
using TyollisyysAlue.Application.Indicators.Import;

namespace TyollisyysAlue.Web.Components.Shared;

/// <summary>
/// An uploaded table kept in a temporary file while its mapping is chosen (the import reads it several times, and a
/// 50 MB file must not sit in the circuit's memory). Deleted when the import closes.
/// </summary>
public sealed class UploadedImportFile : IImportSource, IDisposable
{
    private readonly string _path;

    private UploadedImportFile(string name, string path, long length)
    {
        Name = name;
        _path = path;
        Length = length;
    }

    public string Name { get; }
    public long Length { get; }

    /// <summary>Copies the upload; a file over <see cref="ImportLimits.MaxBytes"/> is not copied (the preview names the limit).</summary>
    public static async Task<UploadedImportFile> SaveAsync(IBrowserFile file, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        var path = Path.Combine(Path.GetTempPath(), "ta-import-" + Guid.NewGuid().ToString("N"));
        await using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
        {
            if (file.Size <= ImportLimits.MaxBytes)
            {
                await using var source = file.OpenReadStream(ImportLimits.MaxBytes, ct);
                await source.CopyToAsync(target, ct);
            }
        }
        return new UploadedImportFile(file.Name, path, file.Size);
    }

    public Stream Open() => new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024);

    public void Dispose()
    {
        try { File.Delete(_path); }
        catch (IOException) { /* still open by a reader that is finishing; the temp directory is cleaned by the system */ }
    }
}
