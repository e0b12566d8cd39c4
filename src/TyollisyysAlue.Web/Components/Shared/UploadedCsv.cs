using Microsoft.AspNetCore.Components.Forms;
using TyollisyysAlue.Application.Indicators;

namespace TyollisyysAlue.Web.Components.Shared;

/// <summary>
/// Reads an uploaded CSV (at most <see cref="UploadLimit.RegisterCsvBytes"/>, refused before by the control) into a
/// table; the 5 MB bound keeps even a very wide file (200 000 columns) to linear time and a few tens of MB.
/// </summary>
public static class UploadedCsv
{
    public static async Task<CsvTable> ReadAsync(IBrowserFile file, ICsvTableReader reader)
    {
        await using var stream = file.OpenReadStream(UploadLimit.RegisterCsvBytes);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        copy.Position = 0;
        return reader.Read(copy);
    }
}
