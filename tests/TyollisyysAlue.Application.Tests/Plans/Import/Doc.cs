using TyollisyysAlue.Application.Plans.Import;

namespace TyollisyysAlue.Application.Tests.Plans.Import;

/// <summary>Short ways to write an imported document in a test.</summary>
internal static class Doc
{
    public static ImportedDocument Of(params ImportBlock[] blocks) => new("docx", blocks);

    public static ImportHeading H(int level, string text) => new(level, text);

    public static ImportParagraph P(string text, ParagraphRole role = ParagraphRole.Body) => new([new ImportRun(text)], role);

    public static ImportParagraph P(params ImportRun[] runs) => new(runs);

    public static ImportListItem Item(string text, int depth = 0, bool ordered = false, int list = 1) => new(list, depth, ordered, [new ImportRun(text)]);

    public static ImportTable Table(params string[][] rows) =>
        new([.. rows.Select(r => (IReadOnlyList<ImportCell>)[.. r.Select(c => c == "<covered>" ? ImportCell.CoveredCell : new ImportCell([new ImportRun(c)]))])]);

    public static ImportPageBreak Break => ImportPageBreak.Instance;

    /// <summary>Finnish text long enough to be told from Swedish.</summary>
    public const string Finnish = "Työllisyysalueen palvelut järjestetään yhdessä kuntien kanssa, ja palvelut ovat myös sähköisiä.";
}
