using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using TyollisyysAlue.Application.Plans.Import;

namespace TyollisyysAlue.Infrastructure.Tests.Imports.Plans;

/// <summary>
/// What Word documents hold beyond LibreOffice's HTML conversion, written with the Open XML SDK the way Word writes
/// them: headings numbered by a multilevel list linked to localized heading styles, a title, a table of contents field,
/// tracked changes, comments, footnotes, images, text boxes, hidden text, links, merged and nested table cells.
/// </summary>
public class WordFeatureImportTests
{
    private const string W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    private static readonly Lazy<byte[]> Document = new(Create);

    private static ImportedDocument Read() => PlanImportReading.Document("word.docx", Document.Value);

    [Fact]
    public void Headings_come_by_localized_style_names_and_outline_levels_and_keep_their_automatic_numbers_as_text()
    {
        var headings = Read().Blocks.OfType<ImportHeading>().Select(h => (h.Level, h.Text)).ToList();
        Assert.Equal([(1, "1 Johdanto"), (2, "1.1 Lähipalvelut"), (2, "Palvelupisteet"), (1, "2 Talous"), (3, "Tarkennus")], headings);
        var preview = PlanImportReading.Preview("word.docx", Document.Value, new PlanImportOptions(RemoveNumbers: false));
        Assert.Equal(["1 Johdanto", "1.1 Lähipalvelut", "Palvelupisteet", "2 Talous"], preview.Sections.Select(s => s.Heading));
        Assert.Equal("Palveluiden järjestämissuunnitelma", preview.Title);
    }

    [Fact]
    public void Tracked_changes_give_the_accepted_text_hidden_text_is_left_out_and_what_is_not_text_is_noted()
    {
        var preview = PlanImportReading.Preview("word.docx", Document.Value);
        Assert.StartsWith("Alue **järjestää** palvelut kaikille.", preview.Sections[0].Body, StringComparison.Ordinal);
        Assert.DoesNotContain("ei ", preview.Sections[0].Body, StringComparison.Ordinal);
        Assert.DoesNotContain("salainen", string.Concat(preview.Sections.Select(s => s.Body)), StringComparison.Ordinal);
        Assert.Equal(1, preview.Note(ImportNoteKind.TrackedChanges).Count);
        Assert.Equal(1, preview.Note(ImportNoteKind.Comment).Count);
        Assert.Equal(1, preview.Note(ImportNoteKind.Footnote).Count);
        Assert.Equal(["Alueen logo"], preview.Note(ImportNoteKind.Image).Details);
        Assert.Equal(["Huomio laatikossa"], preview.Note(ImportNoteKind.TextBox).Details);
        Assert.Equal(1, preview.Note(ImportNoteKind.TableOfContents).Count);
        Assert.Equal(["1 Johdanto"], preview.Note(ImportNoteKind.Comment).Sections);
    }

    [Fact]
    public void Links_by_relationship_and_by_field_keep_allowed_addresses_only()
    {
        var preview = PlanImportReading.Preview("word.docx", Document.Value);
        Assert.Contains("Lue [TEM:n sivu](https://tem.fi/te24) ja skripti.", preview.Sections[0].Body, StringComparison.Ordinal);
        Assert.Contains("Kirjoita [kirjaamoon](mailto:kirjaamo@example.fi).", preview.Sections[0].Body, StringComparison.Ordinal);
        Assert.Equal(["javascript:alert(1)"], preview.Note(ImportNoteKind.UnsafeLink).Details);
    }

    [Fact]
    public void Lists_and_tables_with_merged_and_nested_cells_come_in_flattened_and_noted()
    {
        var preview = PlanImportReading.Preview("word.docx", Document.Value);
        var talous = preview.Sections[3].Body;
        Assert.Contains("**Tarkennus**\n\n- Porvoo\n  - Askola\n- Loviisa", talous, StringComparison.Ordinal);
        Assert.Contains("| Alue | Väestö | Osuus |\n|---|--:|--:|\n| Itä | 51 232 | 45 % |\n|  | 4 763 |  |\n| Yhteensä, myös Sisä Ulko |  |  |", talous, StringComparison.Ordinal);
        Assert.Equal(1, preview.Note(ImportNoteKind.MergedCells).Count);
        Assert.Equal(1, preview.Note(ImportNoteKind.NestedTable).Count);
    }

    private static byte[] Create()
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = Numbering();
            var tem = main.AddHyperlinkRelationship(new Uri("https://tem.fi/te24"), true).Id;
            var script = main.AddHyperlinkRelationship(new Uri("javascript:alert(1)"), true).Id;
            main.Document = new Document(new Body(
                Styled("Title", "Palveluiden järjestämissuunnitelma"),
                new Paragraph($"""<w:p {W}><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \o "1-2" \h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>Johdanto 3</w:t></w:r></w:p>"""),
                new Paragraph($"""<w:p {W}><w:r><w:t>Talous 4</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:br w:type="page"/></w:r></w:p>"""),
                Styled("Otsikko1", "Johdanto"),
                new Paragraph($"""
                    <w:p {W}><w:r><w:t xml:space="preserve">Alue </w:t></w:r><w:ins w:id="1" w:author="Anna" w:date="2025-01-02T10:00:00Z"><w:r><w:rPr><w:rStyle w:val="Strong"/></w:rPr><w:t xml:space="preserve">järjestää </w:t></w:r></w:ins><w:del w:id="2" w:author="Anna" w:date="2025-01-02T10:00:00Z"><w:r><w:delText xml:space="preserve">ei </w:delText></w:r></w:del><w:commentRangeStart w:id="0"/><w:r><w:t>palvelut kaikille.</w:t></w:r><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r><w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>salainen</w:t></w:r></w:p>
                    """),
                new Paragraph($"""
                    <w:p {W} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:r><w:t xml:space="preserve">Lue </w:t></w:r><w:hyperlink r:id="{tem}"><w:r><w:t>TEM:n sivu</w:t></w:r></w:hyperlink><w:r><w:t xml:space="preserve"> ja </w:t></w:r><w:hyperlink r:id="{script}"><w:r><w:t>skripti</w:t></w:r></w:hyperlink><w:r><w:t>.</w:t></w:r></w:p>
                    """),
                new Paragraph($"""<w:p {W}><w:r><w:t xml:space="preserve">Kirjoita </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "mailto:kirjaamo@example.fi" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>kirjaamoon</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>.</w:t></w:r></w:p>"""),
                new Paragraph($"""
                    <w:p {W} xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><w:r><w:drawing><wp:inline><wp:extent cx="1" cy="1"/><wp:docPr id="1" name="Kuva 1" descr="Alueen logo"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:blipFill><a:blip/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>
                    """),
                new Paragraph($"""
                    <w:p {W} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml"><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx><w:txbxContent><w:p><w:r><w:t>Huomio laatikossa</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>Huomio laatikossa</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>
                    """),
                Styled("Otsikko2", "Lähipalvelut"),
                new Paragraph(new ParagraphProperties(new OutlineLevel { Val = 1 }), new Run(new Text("Palvelupisteet"))),
                Styled("Otsikko1", "Talous"),
                Styled("Rubrik3", "Tarkennus"),
                Item(0, "Porvoo"), Item(1, "Askola"), Item(0, "Loviisa"),
                new Table($"""
                    <w:tbl {W}><w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc><w:p><w:r><w:t>Alue</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Väestö</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Osuus</w:t></w:r></w:p></w:tc></w:tr>
                    <w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>Itä</w:t></w:r></w:p></w:tc><w:tc><w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:t>51 232</w:t></w:r></w:p></w:tc><w:tc><w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:t>45 %</w:t></w:r></w:p></w:tc></w:tr>
                    <w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:t>4 763</w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc></w:tr>
                    <w:tr><w:tc><w:tcPr><w:gridSpan w:val="3"/></w:tcPr><w:p><w:r><w:t>Yhteensä, myös</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>Sisä</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t xml:space="preserve"> Ulko</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/></w:tc></w:tr></w:tbl>
                    """)));
        }
        return stream.ToArray();
    }

    private static Paragraph Styled(string style, string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = style }), new Run(new Text(text)));

    private static Paragraph Item(int level, string text) =>
        new(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = 2 })), new Run(new Text(text)));

    /// <summary>A Finnish Word's styles: ids "Otsikko1"/"Otsikko2" with the built-in names, linked to a multilevel list; a Swedish-named third level.</summary>
    private static Styles Styles() => new(
        new Style(new StyleName { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
        new Style(new StyleName { Val = "Title" }, new BasedOn { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "Title" },
        Heading("Otsikko1", "heading 1", 0), Heading("Otsikko2", "heading 2", 1),
        new Style(new StyleName { Val = "Rubrik 3" }, new BasedOn { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "Rubrik3" },
        new Style(new StyleName { Val = "Strong" }, new StyleRunProperties(new Bold())) { Type = StyleValues.Character, StyleId = "Strong" });

    private static Style Heading(string id, string name, int level) => new(new StyleName { Val = name }, new BasedOn { Val = "Normal" },
        new StyleParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = 1 }), new OutlineLevel { Val = level }))
    { Type = StyleValues.Paragraph, StyleId = id };

    private static Numbering Numbering() => new(
        new AbstractNum(Level(0, NumberFormatValues.Decimal, "%1"), Level(1, NumberFormatValues.Decimal, "%1.%2")) { AbstractNumberId = 1 },
        new AbstractNum(Level(0, NumberFormatValues.Bullet, "•"), Level(1, NumberFormatValues.Bullet, "–")) { AbstractNumberId = 2 },
        new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 1 },
        new NumberingInstance(new AbstractNumId { Val = 2 }) { NumberID = 2 });

    private static Level Level(int index, NumberFormatValues format, string text) =>
        new(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = format }, new LevelText { Val = text }) { LevelIndex = index };
}
