using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using TyollisyysAlue.Application.Plans.Import;

namespace TyollisyysAlue.Infrastructure.Imports.Plans.Docx;

/// <summary>
/// A .docx read with the Open XML SDK into the import's model: headings by style or outline level (automatic numbers
/// kept as text), paragraphs with bold, italic and hyperlinks, lists from Word's numbering, tables (see
/// <see cref="DocxTableReader"/>), page breaks. The accepted text of tracked changes is read (insertions kept,
/// deletions dropped); images, text boxes, objects, comments, footnotes and the table of contents are reported, not read.
/// </summary>
internal sealed class DocxPlanReader
{
    private readonly List<ImportBlock> _blocks = [];
    private readonly DocxStyleSheet _styles;
    private readonly DocxListNumbers _numbers;
    private readonly Dictionary<string, string> _links;
    private readonly DocxFields _fields = new();
    private bool _tocNoted;

    private DocxPlanReader(MainDocumentPart main)
    {
        _styles = new DocxStyleSheet(main.StyleDefinitionsPart?.Styles);
        _numbers = new DocxListNumbers(main.NumberingDefinitionsPart?.Numbering);
        _links = main.HyperlinkRelationships.GroupBy(r => r.Id).ToDictionary(g => g.Key, g => g.First().Uri.OriginalString, StringComparer.Ordinal);
    }

    public static ImportedDocument Read(byte[] content)
    {
        using var stream = new MemoryStream(content, writable: false);
        using var word = WordprocessingDocument.Open(stream, false);
        var main = word.MainDocumentPart ?? throw new InvalidDataException("The package has no main document.");
        var body = main.Document?.Body ?? throw new InvalidDataException("The document has no body.");
        var reader = new DocxPlanReader(main);
        reader.Blocks(body);
        return new ImportedDocument("docx", reader._blocks, word.PackageProperties.Title);
    }

    private void Blocks(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case Paragraph paragraph:
                    Paragraph(paragraph);
                    break;
                case Table table:
                    var tableReader = new DocxTableReader(this);
                    var imported = tableReader.Read(table);
                    _blocks.AddRange(tableReader.Omissions);
                    _blocks.Add(imported);
                    break;
                case SdtBlock sdt when IsTableOfContents(sdt):
                    NoteTableOfContents();
                    break;
                case SdtBlock sdt:
                    Blocks(sdt.SdtContentBlock ?? (OpenXmlElement)sdt);
                    break;
                case CustomXmlBlock custom:
                    Blocks(custom);
                    break;
                case var other when DocxObjects.LocalNames.Contains(other.LocalName):
                    _blocks.Add(DocxObjects.Classify(other));
                    break;
            }
        }
    }

    private void Paragraph(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties;
        var styleId = properties?.ParagraphStyleId?.Val?.Value;
        var scan = Scan(paragraph);
        _blocks.AddRange(scan.Omissions);
        if (properties?.PageBreakBefore is { } before && DocxRunStyle.IsOn(before.Val) || scan.PageBreakBefore) _blocks.Add(ImportPageBreak.Instance);
        if (scan.TableOfContents || _styles.IsTableOfContents(styleId))
        {
            NoteTableOfContents();
        }
        else
        {
            if (scan.TrackedChanges) _blocks.Add(new ImportOmission(ImportNoteKind.TrackedChanges));
            _blocks.Add(Classify(properties, styleId, scan));
        }
        if (scan.PageBreakAfter || properties?.SectionProperties is not null) _blocks.Add(ImportPageBreak.Instance);
    }

    /// <summary>A heading (its automatic number prefixed), a list item, or a paragraph in its role.</summary>
    private ImportBlock Classify(ParagraphProperties? properties, string? styleId, DocxParagraphScan scan)
    {
        var outline = properties?.OutlineLevel?.Val?.Value;
        var headingLevel = outline is { } o ? (o < 9 ? o + 1 : (int?)null) : _styles.HeadingLevel(styleId);
        var numbering = properties?.NumberingProperties is { NumberingId.Val.Value: var ownId } own
            ? (ownId, own.NumberingLevelReference?.Val?.Value)
            : _styles.Numbering(styleId);
        var numId = numbering is { } n && _numbers.Exists(n.NumId) ? n.NumId : (int?)null;
        if (headingLevel is { } level)
        {
            var number = numId is { } id ? _numbers.Next(id, numbering!.Value.Level ?? _numbers.LevelOfStyle(id, styleId) ?? level - 1) : "";
            var text = ImportMarkdown.Plain(scan.Runs);
            return new ImportHeading(level, number.Length > 0 && text.Length > 0 ? number + " " + text : text);
        }
        if (numId is { } listId)
        {
            var depth = numbering!.Value.Level ?? 0;
            _numbers.Next(listId, depth);
            return new ImportListItem(listId, depth, _numbers.IsOrdered(listId, depth), scan.Runs);
        }
        var role = _styles.IsTitle(styleId) ? ParagraphRole.Title
            : _styles.IsSubtitle(styleId) ? ParagraphRole.Subtitle
            : _styles.IsCaption(styleId) ? ParagraphRole.Caption
            : ParagraphRole.Body;
        return new ImportParagraph(scan.Runs, role);
    }

    /// <summary>The runs of a paragraph (also of one in a table cell).</summary>
    internal DocxParagraphScan Scan(Paragraph paragraph)
    {
        var scan = new DocxParagraphScan { TableOfContents = _fields.InTableOfContents };
        Inline(paragraph, null, scan);
        scan.TableOfContents |= _fields.InTableOfContents;
        return scan;
    }

    private void Inline(OpenXmlElement container, string? link, DocxParagraphScan scan)
    {
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case ParagraphProperties or RunProperties:
                    break;
                case Run run:
                    Run(run, link, scan);
                    break;
                case Hyperlink hyperlink:
                    Inline(hyperlink, hyperlink.Id?.Value is { } id && _links.TryGetValue(id, out var target) ? target : null, scan);
                    break;
                case SimpleField field:
                    var (isToc, fieldLink) = DocxFields.Read(field.Instruction?.Value ?? "");
                    scan.TableOfContents |= isToc;
                    if (!isToc) Inline(field, fieldLink ?? link, scan);
                    break;
                case InsertedRun or MoveToRun:
                    scan.TrackedChanges = true;
                    Inline(child, link, scan);
                    break;
                case DeletedRun or MoveFromRun:
                    scan.TrackedChanges = true;
                    break;
                case var other when DocxObjects.LocalNames.Contains(other.LocalName):
                    scan.Omissions.Add(DocxObjects.Classify(other));
                    break;
                case var other when other.HasChildren:
                    Inline(other, link, scan); // content controls, smart tags, custom XML, bidirectional runs
                    break;
            }
        }
    }

    private void Run(Run run, string? link, DocxParagraphScan scan)
    {
        var (bold, italic, hidden) = DocxRunStyle.Of(run.RunProperties, _styles);
        foreach (var child in run.ChildElements)
        {
            switch (child)
            {
                case Text text when !hidden:
                    scan.Add(new ImportRun(text.Text, bold, italic, _fields.Link ?? link));
                    break;
                case TabChar or PositionalTab:
                    scan.Add(new ImportRun(" "));
                    break;
                case Break { Type.Value: BreakValues.Page }:
                    scan.PageBreak();
                    break;
                case Break { Type.Value: BreakValues.Column }:
                    break;
                case Break or CarriageReturn:
                    scan.Add(ImportRun.Break);
                    break;
                case NoBreakHyphen:
                    scan.Add(new ImportRun("-", bold, italic, link));
                    break;
                case FieldChar { FieldCharType.Value: FieldCharValues.Begin }:
                    _fields.Begin();
                    break;
                case FieldChar { FieldCharType.Value: FieldCharValues.End }:
                    scan.TableOfContents |= _fields.InTableOfContents;
                    _fields.End();
                    break;
                case FieldCode code:
                    _fields.Instruction(code.Text);
                    scan.TableOfContents |= _fields.InTableOfContents;
                    break;
                case FootnoteReference or EndnoteReference:
                    scan.Omissions.Add(new ImportOmission(ImportNoteKind.Footnote));
                    break;
                case CommentReference:
                    scan.Omissions.Add(new ImportOmission(ImportNoteKind.Comment));
                    break;
                case var other when DocxObjects.LocalNames.Contains(other.LocalName):
                    scan.Omissions.Add(DocxObjects.Classify(other));
                    break;
            }
        }
    }

    private void NoteTableOfContents()
    {
        if (_tocNoted) return;
        _tocNoted = true;
        _blocks.Add(new ImportOmission(ImportNoteKind.TableOfContents));
    }

    private static bool IsTableOfContents(SdtBlock sdt) =>
        sdt.SdtProperties?.Descendants<DocPartGallery>().Any(g => g.Val?.Value?.StartsWith("Table of Contents", StringComparison.OrdinalIgnoreCase) == true) == true;
}
