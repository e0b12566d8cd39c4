using TyollisyysAlue.Texts;
namespace TyollisyysAlue.Application.Plans.Import;

/// <summary>
/// Turns an imported document into the sections of a new plan version (pure; every format goes through here):
/// <list type="bullet">
/// <item>the highest heading level used becomes the plan's main sections, the next one subsections, deeper ones bold
/// lines (the plan nests one level);</item>
/// <item>what stands before the first heading up to its last page break is the cover page (left out, noted); the rest
/// becomes an introduction section; a Title-style paragraph there is the version's title (else the file's title property);</item>
/// <item>a document without headings becomes one section (noted);</item>
/// <item>numbers stay in the headings unless they are the plan's own numbering (the product's own export);</item>
/// <item>the statutory points a–f are matched by letter and wording (<see cref="StatutoryMatcher"/>).</item>
/// </list>
/// </summary>
public static class PlanImportMapper
{
    /// <summary>Longer than this, a "heading" is a paragraph someone styled as one.</summary>
    public const int MaxHeadingLength = 200;

    public static PlanImportPreview Map(ImportedDocument document, PlanImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        options ??= new PlanImportOptions();
        var guess = LanguageGuess.Of(Texts(document.Blocks));
        var language = options.Language is "fi" or "sv" ? options.Language : guess.Language;
        var notes = new ImportNotes();
        if (guess.IsBilingual) notes.Add(ImportNoteKind.Bilingual, null);
        var blocks = WithRealHeadings(document.Blocks, notes);
        var first = blocks.FindIndex(b => b is ImportHeading);
        var front = first < 0 ? blocks : blocks[..first];
        var titleParagraph = front.OfType<ImportParagraph>().FirstOrDefault(p => p.Role == ParagraphRole.Title && ImportMarkdown.Plain(p.Runs).Length > 0);
        var title = titleParagraph is not null ? Truncate(ImportMarkdown.Plain(titleParagraph.Runs), 300)
            : string.IsNullOrWhiteSpace(document.Title) ? null : Truncate(document.Title.Trim(), 300);

        var builder = new ImportSectionBuilder(notes);
        if (first < 0)
        {
            builder.Start(1, title ?? TextTable.In(language)["Plan.DocumentTitle"]);
            notes.Add(ImportNoteKind.NoHeadings, builder.Current);
            foreach (var block in blocks.Where(b => b != titleParagraph)) builder.Add(block);
        }
        else
        {
            AddFrontMatter(front.Where(b => b != titleParagraph).ToList(), builder, notes, language);
            var top = blocks.OfType<ImportHeading>().Min(h => h.Level);
            foreach (var block in blocks.Skip(first))
            {
                if (block is not ImportHeading heading) builder.Add(block);
                else if (heading.Level - top < 2) builder.Start(heading.Level - top + 1, heading.Text);
                else builder.AddDeepHeading(heading.Text);
            }
        }

        var sections = builder.Finish();
        var numbers = SectionNumbers.Of(sections.Select(s => s.Level));
        var own = HeadingNumbers.AreThePlansOwn(sections.Select((s, i) => (s.Heading, numbers[i])));
        var remove = options.RemoveNumbers ?? own;
        if (remove && sections.Any(s => HeadingNumbers.Split(s.Heading).Number is not null))
        {
            sections = [.. sections.Select(s => s with { Heading = HeadingNumbers.Split(s.Heading).Text })];
            notes.Add(ImportNoteKind.NumbersRemoved, null);
        }
        var matches = StatutoryMatcher.Match([.. sections.Select(s => (s.Heading, s.Level))]);
        return new PlanImportPreview(document.Format, guess, language, title, sections, matches, own, remove,
            notes.Summary(i => $"{numbers[i]} {sections[i].Heading}"));
    }

    /// <summary>The introduction's heading in the version's language.</summary>
    public static string Introduction(string language) => TextTable.In(language)["PlanImport.Introduction"];

    /// <summary>Cover page (up to the last page break) left out and noted; what follows it, an introduction section.</summary>
    private static void AddFrontMatter(List<ImportBlock> front, ImportSectionBuilder builder, ImportNotes notes, string language)
    {
        var lastBreak = front.FindLastIndex(b => b is ImportPageBreak);
        var cover = lastBreak < 0 ? [] : front[..lastBreak];
        var rest = front[(lastBreak + 1)..];
        var coverText = string.Join(" · ", cover.OfType<ImportParagraph>().Select(p => ImportMarkdown.Plain(p.Runs)).Where(t => t.Length > 0));
        if (coverText.Length > 0) notes.Add(ImportNoteKind.CoverPage, null, coverText);
        foreach (var omission in cover.OfType<ImportOmission>()) notes.Add(omission.Kind, null, omission.Detail);
        if (rest.Any(HasContent))
        {
            builder.Start(1, Introduction(language));
            notes.Add(ImportNoteKind.Introduction, builder.Current);
        }
        foreach (var block in rest) builder.Add(block);
    }

    private static bool HasContent(ImportBlock block) => block switch
    {
        ImportParagraph p => ImportMarkdown.Plain(p.Runs).Length > 0,
        ImportListItem or ImportTable => true,
        _ => false,
    };

    /// <summary>Empty headings are dropped; one too long to be a heading becomes a bold paragraph (noted).</summary>
    private static List<ImportBlock> WithRealHeadings(IReadOnlyList<ImportBlock> blocks, ImportNotes notes)
    {
        var result = new List<ImportBlock>(blocks.Count);
        foreach (var block in blocks)
        {
            if (block is not ImportHeading heading) { result.Add(block); continue; }
            var text = string.Join(' ', heading.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (text.Length == 0) continue;
            if (text.Length <= MaxHeadingLength) { result.Add(heading with { Text = text, Level = Math.Max(1, heading.Level) }); continue; }
            notes.Add(ImportNoteKind.LongHeading, null, text);
            result.Add(new ImportParagraph([new ImportRun(text, Bold: true)]));
        }
        return result;
    }

    private static IEnumerable<string> Texts(IEnumerable<ImportBlock> blocks) => blocks.SelectMany(b => b switch
    {
        ImportHeading h => [h.Text],
        ImportParagraph p => [ImportMarkdown.Plain(p.Runs)],
        ImportListItem i => [ImportMarkdown.Plain(i.Runs)],
        ImportTable t => t.Rows.SelectMany(r => r.Select(c => ImportMarkdown.Plain(c.Runs))),
        _ => Array.Empty<string>(),
    });

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
