using Microsoft.AspNetCore.Components.Forms;
using TyollisyysAlue.Application.Indicators;

namespace TyollisyysAlue.Web.Components.Shared;

/// <summary>Reads an uploaded CSV (at most 5 MB) into a table; the one way uploads are read.</summary>
public static class UploadedCsv
{
    private const long MaxBytes = 5 * 1024 * 1024;

    public static async Task<CsvTable> ReadAsync(IBrowserFile file, ICsvTableReader reader)
    {
        await using var stream = file.OpenReadStream(MaxBytes);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        copy.Position = 0;
        return reader.Read(copy);
    }
}
