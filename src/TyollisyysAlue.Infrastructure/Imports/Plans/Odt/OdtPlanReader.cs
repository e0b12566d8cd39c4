using System.IO.Compression;
using System.Xml.Linq;
using TyollisyysAlue.Application.Plans.Import;

namespace TyollisyysAlue.Infrastructure.Imports.Plans.Odt;

/// <summary>
/// An OpenDocument text (content.xml and styles.xml of the zip) read into the import's model: text:h and heading-styled
/// paragraphs as headings, paragraphs with their roles, text:list as list items, table:table (see
/// <see cref="OdtTableReader"/>), sections walked through, page breaks from paragraph styles. The body holds the
/// accepted text of tracked changes (deletions live apart in text:tracked-changes), which is noted; indexes, notes,
/// comments and frames are reported, not read.
/// </summary>
internal sealed class OdtPlanReader
{
    private static readonly HashSet<string> Indexes = new(StringComparer.Ordinal)
    {
        "table-of-content", "illustration-index", "table-index", "object-index", "user-index", "alphabetical-index", "bibliography",
    };

    private readonly List<ImportBlock> _blocks = [];
    private readonly OdtStyleSheet _styles;
    private readonly OdtInline _inline;
    private int _lists;
    private bool _tocNoted;

    private OdtPlanReader(OdtStyleSheet styles)
    {
        _styles = styles;
        _inline = new OdtInline(styles);
    }

    public static ImportedDocument Read(ZipArchive zip)
    {
        var content = OdtPackage.Load(zip, "content.xml") ?? throw new InvalidDataException("The package has no content.xml.");
        var reader = new OdtPlanReader(new OdtStyleSheet(OdtPackage.Load(zip, "styles.xml"), content));
        var text = content.Root?.Element(OdtNames.Office + "body")?.Element(OdtNames.Office + "text")
            ?? throw new InvalidDataException("content.xml has no office:text.");
        reader.Blocks(text);
        var title = OdtPackage.Load(zip, "meta.xml")?.Descendants(OdtNames.Dc + "title").FirstOrDefault()?.Value;
        return new ImportedDocument("odt", reader._blocks, title);
    }

    private void Blocks(XElement container)
    {
        foreach (var element in container.Elements())
        {
            var name = element.Name;
            if (name == OdtNames.Text + "h") Heading(element);
            else if (name == OdtNames.Text + "p") Paragraph(element);
            else if (name == OdtNames.Text + "list") List(element, 0, ++_lists, null);
            else if (name == OdtNames.Table + "table") Table(element);
            else if (name == OdtNames.Text + "section") Blocks(element);
            else if (name.Namespace == OdtNames.Text && Indexes.Contains(name.LocalName)) NoteTableOfContents();
            else if (name == OdtNames.Text + "tracked-changes" && element.Elements(OdtNames.Text + "changed-region").Any())
                _blocks.Add(new ImportOmission(ImportNoteKind.TrackedChanges));
            else if (name.Namespace == OdtNames.Draw) _blocks.Add(OdtInline.Frame(element));
        }
    }

    private void Heading(XElement heading)
    {
        var level = int.TryParse((string?)heading.Attribute(OdtNames.Text + "outline-level"), out var outline) ? outline : 1;
        var (runs, style) = Runs(heading);
        var number = ((string?)heading.Element(OdtNames.Text + "number"))?.Trim();
        var text = ImportMarkdown.Plain(runs);
        AddWithBreaks(style, new ImportHeading(Math.Max(1, level), string.IsNullOrEmpty(number) || text.Length == 0 ? text : number + " " + text));
    }

    private void Paragraph(XElement paragraph)
    {
        var (runs, style) = Runs(paragraph);
        if (_styles.IsTableOfContents(style)) { NoteTableOfContents(); return; }
        ImportBlock block = _styles.HeadingLevel(style) is { } level
            ? new ImportHeading(level, ImportMarkdown.Plain(runs))
            : new ImportParagraph(runs, _styles.IsTitle(style) ? ParagraphRole.Title
                : _styles.IsSubtitle(style) ? ParagraphRole.Subtitle
                : _styles.IsCaption(style) ? ParagraphRole.Caption : ParagraphRole.Body);
        AddWithBreaks(style, block);
    }

    private void AddWithBreaks(string? style, ImportBlock block)
    {
        if (_styles.BreaksBefore(style)) _blocks.Add(ImportPageBreak.Instance);
        _blocks.Add(block);
        if (_styles.BreaksAfter(style)) _blocks.Add(ImportPageBreak.Instance);
    }

    /// <summary>The paragraph's runs (its style's bold/italic as the base), its omissions added before it.</summary>
    internal (List<ImportRun> Runs, string? Style) Runs(XElement paragraph)
    {
        var style = (string?)paragraph.Attribute(OdtNames.Text + "style-name");
        var runs = new List<ImportRun>();
        var omissions = new List<ImportOmission>();
        _inline.Read(paragraph, _styles.Emphasis("paragraph", style, (false, false)), null, runs, omissions);
        _blocks.AddRange(omissions);
        return (runs, style);
    }

    /// <summary>
    /// A list's items at their depth; a second paragraph of an item continues it after a line break; an item holding
    /// only a sublist (HTML's &lt;li&gt;&lt;ol&gt;) lets the sublist's items stand at its own depth.
    /// </summary>
    private void List(XElement list, int depth, int listId, string? inheritedStyle)
    {
        var listStyle = (string?)list.Attribute(OdtNames.Text + "style-name") ?? inheritedStyle;
        foreach (var item in list.Elements().Where(e => e.Name == OdtNames.Text + "list-item" || e.Name == OdtNames.Text + "list-header"))
        {
            ImportListItem? current = null;
            foreach (var child in item.Elements())
            {
                if (child.Name == OdtNames.Text + "p" || child.Name == OdtNames.Text + "h")
                {
                    var (runs, style) = Runs(child);
                    if (current is null)
                    {
                        current = new ImportListItem(listId, depth, _styles.IsNumbered(listStyle ?? _styles.ListStyleOf(style), depth), runs);
                        _blocks.Add(current);
                    }
                    else if (runs.Count > 0)
                    {
                        var index = _blocks.LastIndexOf(current);
                        current = current with { Runs = [.. current.Runs, ImportRun.Break, .. runs] };
                        _blocks[index] = current;
                    }
                }
                else if (child.Name == OdtNames.Text + "list") List(child, current is null ? depth : depth + 1, listId, listStyle); // an item that is only a sublist
                else if (child.Name == OdtNames.Table + "table") Table(child);
            }
        }
    }

    private void Table(XElement table)
    {
        var reader = new OdtTableReader(this, _styles);
        var imported = reader.Read(table);
        _blocks.AddRange(reader.Omissions);
        _blocks.Add(imported);
    }

    private void NoteTableOfContents()
    {
        if (_tocNoted) return;
        _tocNoted = true;
        _blocks.Add(new ImportOmission(ImportNoteKind.TableOfContents));
    }
}
