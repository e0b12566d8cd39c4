using TyollisyysAlue.Application.Indicators.Import;

namespace TyollisyysAlue.Web.Api;

/// <summary>An uploaded multipart file as an import source (the ledger and payment import endpoints).</summary>
internal sealed class FormFileSource(IFormFile file) : IImportSource
{
    public string Name => Path.GetFileName(file.FileName) is { Length: > 0 } name ? name : "file";
    public long Length => file.Length;
    public Stream Open() => file.OpenReadStream();
}
