using TyollisyysAlue.Application.Plans.Export;
using TyollisyysAlue.Application.Plans.Import;
using TyollisyysAlue.Infrastructure.Exports.Plans;
using TyollisyysAlue.Infrastructure.Tests.Plans;
using TyollisyysAlue.TestSupport.PlanDocuments;

namespace TyollisyysAlue.Infrastructure.Tests.Imports.Plans;

/// <summary>
/// The product's own .docx export imported back gives the same sections (headings, levels), text and tables. Its
/// cover and table of contents are left out, its section numbers are the plan's own (taken off), a heading inside a
/// section comes back as a bold line, and live tables come back as fixed tables with their caption and note, noted.
/// </summary>
public class PlanExportRoundTripTests
{
    public static TheoryData<string> Languages => new() { "fi", "sv" };

    [Theory]
    [MemberData(nameof(Languages))]
    public void An_exported_plan_comes_back_with_the_same_sections_text_and_tables(string language)
    {
        var document = language == "sv" ? SamplePlans.Swedish() : SamplePlans.Finnish();
        var preview = PlanImportReading.Preview("export.docx", PlanDocxExporter.Render(document));

        Assert.Equal(language, preview.Language);
        Assert.Equal(document.Title, preview.Title);
        Assert.Equal(document.Sections.Select(s => (s.Level, s.Heading)), preview.Sections.Select(s => (s.Level, s.Heading)));
        Assert.Equal(document.Sections.Select(s => s.Number), preview.Numbers);
        for (var i = 0; i < document.Sections.Count; i++)
            Assert.Equal(ExportRoundTrip.Html(ExportRoundTrip.Expected(document.Sections[i])), ExportRoundTrip.Html(preview.Sections[i].Body));

        Assert.True(preview.NumbersAreThePlansOwn);
        Assert.Contains(preview.Notes, n => n.Kind == ImportNoteKind.CoverPage);
        Assert.Contains(preview.Notes, n => n.Kind == ImportNoteKind.TableOfContents);
        var frozen = preview.Note(ImportNoteKind.FrozenTable);
        Assert.Equal(document.Sections.SelectMany(s => s.Tables).Select(t => t.Caption), frozen.Details);
        Assert.DoesNotContain(preview.Notes, n => n.Kind is ImportNoteKind.UnsafeLink or ImportNoteKind.MergedCells or ImportNoteKind.Introduction);
    }

    [Fact]
    public void The_plans_default_statutory_headings_come_back_as_their_points()
    {
        var sections = Domain.Plans.StatutorySections.All.Select((p, i) => new PlanDocumentSection(
            (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), TyollisyysAlue.Texts.TextTable.In("fi").Of("Plan.Statutory", p), 1, "Teksti.", [])).ToList();
        var document = SamplePlans.Finnish() with { Sections = sections };
        var preview = PlanImportReading.Preview("export.docx", PlanDocxExporter.Render(document));
        Assert.Equal(Domain.Plans.StatutorySections.All.Select((p, i) => (p, i)), preview.Matches.OrderBy(m => m.Value).Select(m => (m.Key, m.Value)));
    }
}
