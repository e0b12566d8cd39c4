using Microsoft.AspNetCore.Components.Forms;
using TyollisyysAlue.Application.Plans.Import;
using TyollisyysAlue.Texts;

namespace TyollisyysAlue.Web.Components.Shared;

/// <summary>
/// The one place that checks a chosen file against its control's size limit and formats that limit for the note on
/// the control (<see cref="UploadLimitNote"/>). The browser declares the size before a byte is sent, so a larger file
/// is refused without reading it. Each import keeps its own limit constant beside its reader; this only uses it.
/// </summary>
public static class UploadLimit
{
    /// <summary>The municipality register CSV (about 300 rows of a few columns; read into memory at once).</summary>
    public const long RegisterCsvBytes = 5L * 1024 * 1024;

    public static bool Exceeds(IBrowserFile file, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(file);
        return file.Size > maxBytes;
    }

    /// <summary>Megabytes with at most one decimal, in the Finnish format in every language ("6,3").</summary>
    public static string Megabytes(long bytes) => Formats.Figure(PlanImportErrors.Megabytes(bytes), 1);
}
