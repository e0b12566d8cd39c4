namespace TyollisyysAlue.Texts.Pasting;

/// <summary>A pasted value that will be saved: where it came from (1-based line and column of the block) and where it goes.</summary>
public sealed record PasteCell(int Line, int Column, string Text, PasteRow Row, PasteColumn Target, decimal Value);

/// <summary>
/// Why a pasted cell (or line) cannot be saved, as a resource key and its arguments; <see cref="Row"/> and
/// <see cref="Target"/> say where it would have gone when that is known.
/// </summary>
public sealed record PasteProblem(int Line, int Column, string Text, PasteRow? Row, PasteColumn? Target, string Code, object[] Args);

/// <summary>What a paste would change, and what stops it: nothing is saved while there is a problem.</summary>
public sealed record PastePreview(bool HasLabels, bool SkippedHeader, IReadOnlyList<PasteCell> Cells, IReadOnlyList<PasteProblem> Problems)
{
    public bool CanSave => Problems.Count == 0 && Cells.Count > 0;

    public const string UnknownRow = "Paste.UnknownRow";
    public const string DuplicateRow = "Paste.DuplicateRow";
    public const string NoRow = "Paste.NoRow";
    public const string NoColumn = "Paste.NoColumn";
    public const string Nothing = "Paste.Nothing";
}
