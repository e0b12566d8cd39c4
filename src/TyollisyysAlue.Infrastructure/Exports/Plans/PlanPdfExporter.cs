using TyollisyysAlue.Application.Plans.Export;

namespace TyollisyysAlue.Infrastructure.Exports.Plans;

/// <summary>The arrangement plan as an accessible (tagged) PDF. Being written on the planexport branch.</summary>
public static class PlanPdfExporter
{
    public const string ContentType = "application/pdf";

    public static byte[] Render(PlanDocument document) =>
        throw new NotSupportedException($"PDF export of '{document.Title}' is not built yet.");
}
