using System.IO.Compression;
using TyollisyysAlue.Application.Plans.Import;

namespace TyollisyysAlue.Infrastructure.Tests.Imports.Plans;

/// <summary>
/// What OpenDocument texts hold beyond LibreOffice's HTML conversion, as LibreOffice writes it into content.xml:
/// tracked changes (deletions kept apart, insertions in the text), comments, notes, frames, an index, heading styles
/// by outline level and by name, page breaks by paragraph style, spaces and line breaks, covered table cells.
/// </summary>
public class OpenDocumentFeatureImportTests
{
    private const string Content = """
        <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
          xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
          xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
          xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <office:automatic-styles>
            <style:style style:name="P1" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:break-after="page"/></style:style>
            <style:style style:name="P2" style:family="paragraph" style:parent-style-name="Otsikko_20_1"/>
            <style:style style:name="P3" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="end"/></style:style>
            <style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
            <style:style style:name="T2" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
            <text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-format="1"/><text:list-level-style-bullet text:level="2" text:bullet-char="•"/></text:list-style>
          </office:automatic-styles>
          <office:body><office:text>
            <text:tracked-changes><text:changed-region text:id="ct1"><text:deletion><office:change-info><dc:creator>Anna</dc:creator></office:change-info><text:p>ei</text:p></text:deletion></text:changed-region>
              <text:changed-region text:id="ct2"><text:insertion><office:change-info><dc:creator>Anna</dc:creator></office:change-info></text:insertion></text:changed-region></text:tracked-changes>
            <text:p text:style-name="Title">Plan för ordnandet av tjänster</text:p>
            <text:p text:style-name="P1">Österbottens sysselsättningsområde</text:p>
            <text:table-of-content text:name="Innehåll"><text:index-body><text:p text:style-name="Contents_20_1">Inledning 3</text:p></text:index-body></text:table-of-content>
            <text:p text:style-name="P2">Inledning</text:p>
            <text:p>Kommunerna <text:change text:change-id="ct1"/><text:change-start text:change-id="ct2"/><text:span text:style-name="T1">ordnar</text:span><text:change-end text:change-id="ct2"/> tjänsterna<text:s text:c="2"/>och <text:span text:style-name="T2">de</text:span> ska<text:line-break/>vara tillgängliga.<office:annotation><dc:creator>Bo</dc:creator><text:p>Kolla!</text:p></office:annotation><text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Fotnot</text:p></text:note-body></text:note></text:p>
            <text:p>Se <text:a xlink:href="https://te-tjanster.fi/">sidan</text:a> och <text:a xlink:href="file:///C:/hemlig.odt">filen</text:a>.<draw:frame draw:name="Bild1"><draw:image xlink:href="Pictures/1.png"/><svg:title>Områdets logotyp</svg:title></draw:frame><draw:frame draw:name="Ram1"><draw:text-box><text:p>Text i ruta</text:p></draw:text-box></draw:frame></text:p>
            <text:h text:outline-level="2">Närservice</text:h>
            <text:list text:style-name="L1"><text:list-item><text:p>Vasa</text:p><text:p>med Korsholm</text:p><text:list><text:list-item><text:p>Malax</text:p></text:list-item></text:list></text:list-item><text:list-item><text:p>Närpes</text:p></text:list-item></text:list>
            <text:p text:style-name="Rubrik_20_2">Verksamhetsställen</text:p>
            <table:table><table:table-header-rows><table:table-row><table:table-cell><text:p>Ort</text:p></table:table-cell><table:table-cell><text:p>Personal</text:p></table:table-cell></table:table-row></table:table-header-rows>
              <table:table-row><table:table-cell table:number-columns-spanned="2"><text:p>Kusten</text:p></table:table-cell><table:covered-table-cell/></table:table-row>
              <table:table-row><table:table-cell><text:p>Vasa</text:p></table:table-cell><table:table-cell><text:p text:style-name="P3">68</text:p></table:table-cell><table:table-cell table:number-columns-repeated="1000"/></table:table-row></table:table>
          </office:text></office:body></office:document-content>
        """;

    private const string Styles = """
        <office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0">
          <office:styles>
            <style:style style:name="Standard" style:family="paragraph"/>
            <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard"/>
            <style:style style:name="Otsikko_20_1" style:display-name="Otsikko 1" style:family="paragraph" style:default-outline-level="1"/>
            <style:style style:name="Rubrik_20_2" style:display-name="Rubrik 2" style:family="paragraph"/>
            <style:style style:name="Contents_20_1" style:display-name="Contents 1" style:family="paragraph"/>
          </office:styles>
        </office:document-styles>
        """;

    private static PlanImportPreview Import() => PlanImportReading.Preview("plan.odt", Odt());

    [Fact]
    public void Headings_by_outline_level_and_by_style_name_the_title_and_the_cover_up_to_its_page_break()
    {
        var preview = Import();
        Assert.Equal(("sv", "Plan för ordnandet av tjänster"), (preview.Language, preview.Title));
        Assert.Equal([(1, "Inledning"), (2, "Närservice"), (2, "Verksamhetsställen")], preview.Sections.Select(s => (s.Level, s.Heading)));
        Assert.Equal(["Österbottens sysselsättningsområde"], preview.Note(ImportNoteKind.CoverPage).Details);
        Assert.Equal(1, preview.Note(ImportNoteKind.TableOfContents).Count);
    }

    [Fact]
    public void The_accepted_text_of_tracked_changes_with_its_styles_spaces_and_line_breaks_and_notes_of_what_was_left_out()
    {
        var preview = Import();
        Assert.Equal("Kommunerna **ordnar** tjänsterna och *de* ska\\\nvara tillgängliga.\n\nSe [sidan](https://te-tjanster.fi/) och filen.", preview.Sections[0].Body);
        Assert.Equal(1, preview.Note(ImportNoteKind.TrackedChanges).Count);
        Assert.Equal(1, preview.Note(ImportNoteKind.Comment).Count);
        Assert.Equal(1, preview.Note(ImportNoteKind.Footnote).Count);
        Assert.Equal(["Områdets logotyp"], preview.Note(ImportNoteKind.Image).Details);
        Assert.Equal(["Text i ruta"], preview.Note(ImportNoteKind.TextBox).Details);
        Assert.Equal(["file:///C:/hemlig.odt"], preview.Note(ImportNoteKind.UnsafeLink).Details);
    }

    [Fact]
    public void Lists_continue_an_item_over_its_paragraphs_and_tables_flatten_covered_cells_without_spreadsheet_padding()
    {
        var preview = Import();
        Assert.Equal("1. Vasa\\\n   med Korsholm\n   - Malax\n2. Närpes", preview.Sections[1].Body);
        Assert.Equal("| Ort | Personal |\n|---|--:|\n| Kusten |  |\n| Vasa | 68 |", preview.Sections[2].Body);
        Assert.Equal(1, preview.Note(ImportNoteKind.MergedCells).Count);
    }

    private static byte[] Odt()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in new[] { ("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", Content), ("styles.xml", Styles) })
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(text);
            }
        }
        return buffer.ToArray();
    }
}
