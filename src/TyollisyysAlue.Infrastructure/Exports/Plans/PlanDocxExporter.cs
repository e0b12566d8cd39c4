using TyollisyysAlue.Application.Plans.Export;

namespace TyollisyysAlue.Infrastructure.Exports.Plans;

/// <summary>The arrangement plan as a Word document. Being written on the planexport branch.</summary>
public static class PlanDocxExporter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static byte[] Render(PlanDocument document) =>
        throw new NotSupportedException($"Word export of '{document.Title}' is not built yet.");
}
