using System.Text.RegularExpressions;

namespace TyollisyysAlue.Infrastructure.Imports.Plans.Docx;

/// <summary>
/// The complex fields open at a point of the document (w:fldChar begin … separate … end, nested): whether we are inside
/// a table of contents (its paragraphs are the TOC's entries, not text) and the address of a HYPERLINK field.
/// </summary>
internal sealed partial class DocxFields
{
    private sealed class Field
    {
        public bool IsToc { get; set; }
        public string? Link { get; set; }
    }

    private readonly Stack<Field> _open = new();

    public bool InTableOfContents => _open.Any(f => f.IsToc);

    public string? Link => _open.Select(f => f.Link).FirstOrDefault(l => l is not null);

    public void Begin() => _open.Push(new Field());

    public void End()
    {
        if (_open.Count > 0) _open.Pop();
    }

    /// <summary>The field's instruction, e.g. ' TOC \o "1-3" ' or ' HYPERLINK "https://…" '.</summary>
    public void Instruction(string text)
    {
        if (_open.Count == 0) return;
        var (isToc, link) = Read(text);
        var field = _open.Peek();
        field.IsToc |= isToc;
        field.Link ??= link;
    }

    public static (bool IsToc, string? Link) Read(string instruction)
    {
        var trimmed = instruction.TrimStart();
        if (trimmed.StartsWith("TOC", StringComparison.OrdinalIgnoreCase)) return (true, null);
        var hyperlink = Hyperlink().Match(trimmed);
        return (false, hyperlink.Success ? hyperlink.Groups[1].Value : null);
    }

    [GeneratedRegex(@"^HYPERLINK\s+""([^""]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex Hyperlink();
}
