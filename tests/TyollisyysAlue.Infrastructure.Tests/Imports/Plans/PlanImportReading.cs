using TyollisyysAlue.Application.Plans.Import;
using TyollisyysAlue.Infrastructure.Imports.Plans;

namespace TyollisyysAlue.Infrastructure.Tests.Imports.Plans;

/// <summary>A file through the app's reader and mapper, as the preview shows it.</summary>
internal static class PlanImportReading
{
    public static PlanImportPreview Preview(string fileName, byte[] content, PlanImportOptions? options = null) =>
        PlanImportMapper.Map(Document(fileName, content), options);

    public static ImportedDocument Document(string fileName, byte[] content) =>
        Assert.IsType<PlanFileRead.Read>(new PlanFileReader().Read(fileName, content)).Document;

    public static PlanFileRead.Refused Refusal(string fileName, byte[] content) =>
        Assert.IsType<PlanFileRead.Refused>(new PlanFileReader().Read(fileName, content));

    public static string Heading(this PlanImportPreview preview, int index) => $"{preview.Numbers[index]} {preview.Sections[index].Heading}";

    public static ImportNote Note(this PlanImportPreview preview, ImportNoteKind kind) => Assert.Single(preview.Notes, n => n.Kind == kind);
}
