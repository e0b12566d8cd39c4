using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace TyollisyysAlue.CircuitLoad.Headless;

/// <summary>
/// A node of the page as the client built it from render batches. Like blazor.web.js's logical tree: components and
/// elements hold logical children, regions are flattened into their parent, a markup block is one child.
/// </summary>
public abstract class DomNode
{
    public DomContainer? Parent { get; internal set; }

    /// <summary>The text a reader sees in this node and below it.</summary>
    public abstract void AppendText(StringBuilder text);

    public string TextContent
    {
        get
        {
            var text = new StringBuilder();
            AppendText(text);
            return text.ToString();
        }
    }
}

public sealed class DomText(string text) : DomNode
{
    public string Text { get; internal set; } = text;
    public override void AppendText(StringBuilder text) => text.Append(Text);
}

/// <summary>Raw HTML the server rendered as a markup frame (MarkupString): kept as a string, its text on demand.</summary>
public sealed partial class DomMarkup(string html) : DomNode
{
    public string Html { get; } = html;
    public override void AppendText(StringBuilder text) => text.Append(WebUtility.HtmlDecode(Tags().Replace(Html, "")));

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();
}

public abstract class DomContainer : DomNode
{
    private readonly List<DomNode> _children = [];
    public IReadOnlyList<DomNode> Children => _children;

    internal void Insert(int index, DomNode child)
    {
        child.Parent = this;
        _children.Insert(index, child);
    }

    internal void RemoveAt(int index)
    {
        _children[index].Parent = null;
        _children.RemoveAt(index);
    }

    internal void Replace(int index, DomNode child)
    {
        child.Parent = this;
        _children[index] = child;
    }

    public override void AppendText(StringBuilder text)
    {
        foreach (var child in _children) child.AppendText(text);
    }

    /// <summary>Every element below this node, depth first in document order.</summary>
    public IEnumerable<DomElement> Elements()
    {
        foreach (var child in _children)
        {
            if (child is DomElement element) yield return element;
            if (child is DomContainer container)
                foreach (var below in container.Elements()) yield return below;
        }
    }
}

/// <summary>A component's place in the tree; what it renders are its children.</summary>
public sealed class DomComponent(int componentId) : DomContainer
{
    public int ComponentId { get; } = componentId;
}

public sealed class DomElement(string name) : DomContainer
{
    public string Name { get; } = name;
    public Dictionary<string, string> Attributes { get; } = new(StringComparer.Ordinal);
    /// <summary>The server's event handler id per event name ("click", "change", "input", …).</summary>
    public Dictionary<string, ulong> Events { get; } = new(StringComparer.Ordinal);

    public string? this[string attribute] => Attributes.GetValueOrDefault(attribute);

    /// <summary>The component that rendered this element: event field info names it.</summary>
    public int OwningComponentId
    {
        get
        {
            for (var node = Parent; node is not null; node = node.Parent)
                if (node is DomComponent component) return component.ComponentId;
            return 0;
        }
    }

    public override string ToString() => $"<{Name} {string.Join(' ', Attributes.Select(a => $"{a.Key}=\"{a.Value}\""))}>";
}
