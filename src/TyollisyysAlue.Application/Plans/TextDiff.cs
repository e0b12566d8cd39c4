using DiffPlex;
using DiffPlex.Chunkers;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace TyollisyysAlue.Application.Plans;

public enum DiffKind
{
    Same,
    Added,
    Deleted,
}

/// <summary>A run of words that is the same in both texts, added in the new one or deleted from the old one.</summary>
public sealed record DiffPiece(DiffKind Kind, string Text);

/// <summary>Word-level difference of two texts (DiffPlex), merged into runs for display with &lt;ins&gt; and &lt;del&gt;.</summary>
public static class TextDiff
{
    private static readonly char[] Separators = [' ', '\n', '\t'];

    public static IReadOnlyList<DiffPiece> Words(string? oldText, string? newText)
    {
        oldText ??= "";
        newText ??= "";
        if (oldText == newText) return oldText.Length == 0 ? [] : [new DiffPiece(DiffKind.Same, oldText)];
        var model = InlineDiffBuilder.Diff(oldText.Replace("\r\n", "\n", StringComparison.Ordinal), newText.Replace("\r\n", "\n", StringComparison.Ordinal),
            ignoreWhiteSpace: false, ignoreCase: false, new DelimiterChunker(Separators));
        var pieces = new List<DiffPiece>();
        foreach (var line in model.Lines)
        {
            var kind = line.Type switch { ChangeType.Inserted => DiffKind.Added, ChangeType.Deleted => DiffKind.Deleted, _ => DiffKind.Same };
            if (pieces.Count > 0 && pieces[^1].Kind == kind) pieces[^1] = pieces[^1] with { Text = pieces[^1].Text + line.Text };
            else pieces.Add(new DiffPiece(kind, line.Text));
        }
        return pieces;
    }

    public static bool HasChanges(IReadOnlyList<DiffPiece> pieces) => pieces.Any(p => p.Kind != DiffKind.Same);
}
