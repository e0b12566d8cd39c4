namespace TyollisyysAlue.Texts.Pasting;

/// <summary>
/// A grid that takes a block pasted from Excel: its rows (with the labels a pasted label column may name them by —
/// names in each language, a code), its value columns, and what a cell accepts.
/// </summary>
public sealed record PasteTarget(IReadOnlyList<PasteRow> Rows, IReadOnlyList<PasteColumn> Columns, NumberRule Rule);

/// <summary>One row of the grid: its key (what the save needs), its name as shown, and the labels it answers to.</summary>
public sealed record PasteRow(string Key, string Name, IReadOnlyList<string> Labels);

/// <summary>One value column of the grid: its key and its header as shown.</summary>
public sealed record PasteColumn(string Key, string Header);

/// <summary>Where the paste lands when the block has no label column: the focused row and column (0-based).</summary>
public readonly record struct PasteAnchor(int Row, int Column);
