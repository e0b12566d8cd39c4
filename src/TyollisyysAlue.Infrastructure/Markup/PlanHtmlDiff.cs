using System.Text;
using System.Text.RegularExpressions;
using DiffPlex;

namespace TyollisyysAlue.Infrastructure.Markup;

/// <summary>
/// Two versions of a section's Markdown as one formatted text: both rendered by <see cref="PlanHtml"/> (the one
/// pipeline and allow-list), compared word by word with the tags as tokens of their own, and written with the newer
/// version's structure (headings, lists, tables) - added words in &lt;ins&gt;, deleted words in &lt;del&gt;, each run
/// announced by a visually hidden word for screen readers (not by colour alone). Deleted words never open a tag of
/// their own: they stand where they were, or in the next cell, item or paragraph when the structure has no room.
/// </summary>
public static partial class PlanHtmlDiff
{
    public static string Render(string? older, string? newer, int sectionLevel, string addedLabel, string deletedLabel)
    {
        var oldHtml = PlanHtml.Render(older, sectionLevel);
        var newHtml = PlanHtml.Render(newer, sectionLevel);
        var diff = Differ.Instance.CreateDiffs(oldHtml, newHtml, ignoreWhiteSpace: false, ignoreCase: false, new HtmlChunker());
        var writer = new Writer(Encode(addedLabel), Encode(deletedLabel));
        var b = 0;
        foreach (var block in diff.DiffBlocks)
        {
            for (; b < block.InsertStartB; b++) writer.Same(diff.PiecesNew[b]);
            for (var i = block.DeleteStartA; i < block.DeleteStartA + block.DeleteCountA; i++) writer.Deleted(diff.PiecesOld[i]);
            for (var i = block.InsertStartB; i < block.InsertStartB + block.InsertCountB; i++) writer.Added(diff.PiecesNew[i]);
            b = block.InsertStartB + block.InsertCountB;
        }
        for (; b < diff.PiecesNew.Count; b++) writer.Same(diff.PiecesNew[b]);
        return writer.Finish();
    }

    /// <summary>The label as text (its letters as they are: ä is not written as a character reference).</summary>
    private static string Encode(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    [GeneratedRegex(@"<[^>]+>|[^<\s]+|\s+")]
    private static partial Regex Token();

    [GeneratedRegex(@"^</?([a-zA-Z0-9]+)")]
    private static partial Regex TagName();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    private sealed class HtmlChunker : IChunker
    {
        public IReadOnlyList<string> Chunk(string text) => Token().Matches(text).Select(m => m.Value).ToArray();
    }

    private enum Run { None, Added, Deleted }

    private sealed class Writer(string addedLabel, string deletedLabel)
    {
        private static readonly HashSet<string> NoText = new(StringComparer.OrdinalIgnoreCase) { "table", "thead", "tbody", "tfoot", "tr", "ul", "ol" };
        private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase) { "br", "hr" };
        private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
            { "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "table", "thead", "tbody", "tr", "th", "td", "blockquote", "pre" };

        private readonly StringBuilder _html = new();
        private readonly StringBuilder _pendingDeleted = new();
        private readonly Stack<string> _open = new();
        private Run _run;
        private string _space = "";
        private bool _deletedLeftBlock; // the deleted words now come from another paragraph, item, row or cell
        private bool _runInOwnParagraph;

        public void Same(string token)
        {
            EndDeletedBlock();
            if (IsTag(token)) { Tag(token); return; }
            Close();
            _html.Append(token);
        }

        public void Added(string token)
        {
            EndDeletedBlock();
            if (IsTag(token)) { Tag(token); return; }
            if (string.IsNullOrWhiteSpace(token))
            {
                if (_run == Run.Added) _space += token; // inside the run only if more added words follow
                else { Close(); _html.Append(token); }
                return;
            }
            Open(Run.Added);
            _html.Append(_space).Append(token);
            _space = "";
        }

        public void Deleted(string token)
        {
            if (IsTag(token))
            {
                // The older structure is not kept, only its words; those of another block wait for a place of their own.
                if (Blocks.Contains(NameOf(token))) _deletedLeftBlock = true;
                return;
            }
            if (_deletedLeftBlock || !CanHoldText) { _pendingDeleted.Append(token); return; }
            if (string.IsNullOrWhiteSpace(token))
            {
                if (_run == Run.Deleted) _space += token;
                return;
            }
            Open(Run.Deleted);
            _html.Append(_space).Append(token);
            _space = "";
        }

        /// <summary>Words of a deleted block that stood in place end with a space before the text that follows them.</summary>
        private void EndDeletedBlock()
        {
            if (!_deletedLeftBlock) return;
            _deletedLeftBlock = false;
            if (_run != Run.Deleted) return;
            Close();
            _html.Append(' ');
        }

        public string Finish()
        {
            Close();
            FlushPending();
            return _html.ToString();
        }

        private bool CanHoldText => _open.Count == 0 || !NoText.Contains(_open.Peek());

        private static bool IsTag(string token) => token.StartsWith('<');

        private static string NameOf(string tag) => TagName().Match(tag).Groups[1].Value;

        private void Tag(string tag)
        {
            Close();
            var name = NameOf(tag);
            var closing = tag.StartsWith("</", StringComparison.Ordinal);
            if (!closing && CanHoldText) FlushPending(); // waiting words go before the next block, e.g. after a table
            _html.Append(tag);
            if (closing)
            {
                while (_open.Count > 0 && !string.Equals(_open.Pop(), name, StringComparison.OrdinalIgnoreCase)) { }
            }
            else if (!Void.Contains(name) && !tag.EndsWith("/>", StringComparison.Ordinal))
            {
                _open.Push(name);
                if (CanHoldText && FlushPending()) _html.Append(' '); // or at the start of the next cell or item
            }
        }

        private bool FlushPending()
        {
            var text = Spaces().Replace(_pendingDeleted.ToString(), " ").Trim();
            _pendingDeleted.Clear();
            if (text.Length == 0) return false;
            Open(Run.Deleted);
            _html.Append(text);
            Close();
            return true;
        }

        private void Open(Run run)
        {
            if (_run == run) return;
            Close();
            _runInOwnParagraph = _open.Count == 0; // words of a deleted or added paragraph between blocks
            if (_runInOwnParagraph) _html.Append("<p>");
            _html.Append(run == Run.Added ? "<ins><span class=\"visually-hidden\">" + addedLabel + " </span>" : "<del><span class=\"visually-hidden\">" + deletedLabel + " </span>");
            _run = run;
        }

        private void Close()
        {
            if (_run == Run.None) return;
            _html.Append(_run == Run.Added ? "</ins>" : "</del>");
            if (_runInOwnParagraph) _html.Append("</p>");
            if (_run == Run.Added) _html.Append(_space); // the newer text's own spacing; a deleted run's is dropped
            _space = "";
            _run = Run.None;
        }
    }
}
