namespace TyollisyysAlue.CircuitLoad.Headless;

/// <summary>
/// The page the server has rendered into this client: render batches applied as blazor.web.js's BrowserRenderer applies
/// them (insert and remove frames, set and remove attributes, update text and markup, step in and out, permutations),
/// keyed by component id. Not thread-safe: <see cref="BlazorCircuit"/> applies batches and reads under one lock.
/// </summary>
public sealed class DomTree
{
    /// <summary>HEADLESS_CHECK_DOM=1: after each batch, report elements still holding a handler the server disposed.</summary>
    private static readonly bool CheckDisposedHandlers = Environment.GetEnvironmentVariable("HEADLESS_CHECK_DOM") == "1";

    private readonly Dictionary<int, DomComponent> _components = [];
    private readonly List<DomComponent> _roots = [];

    /// <summary>How many batches have been applied: a waiter compares it with what it saw before acting.</summary>
    public long BatchesApplied { get; private set; }

    public IReadOnlyList<DomComponent> Roots => _roots;

    /// <summary>The server attached a root component (one per prerendered marker).</summary>
    internal void AttachRoot(int componentId) => Root(componentId);

    private DomComponent Root(int componentId)
    {
        if (_components.TryGetValue(componentId, out var component)) return component;
        component = new DomComponent(componentId);
        _components[componentId] = component;
        _roots.Add(component);
        return component;
    }

    internal void Apply(RenderBatch batch)
    {
        foreach (var diff in batch.Diffs)
        {
            var component = _components.TryGetValue(diff.ComponentId, out var known) ? known : Root(diff.ComponentId);
            ApplyEdits(batch, component, diff.Edits);
        }
        foreach (var id in batch.DisposedComponentIds)
        {
            if (_components.Remove(id, out var gone)) _roots.Remove(gone);
        }
        BatchesApplied++;
        if (CheckDisposedHandlers && batch.DisposedEventHandlerIds.Length > 0)
        {
            var disposed = batch.DisposedEventHandlerIds.ToHashSet();
            foreach (var element in Elements())
                foreach (var (name, id) in element.Events)
                    if (disposed.Contains(id)) Console.Error.WriteLine($"[dom] batch {BatchesApplied}: {element} keeps disposed handler {id} ({name})");
        }
    }

    /// <summary>Every element of the page in document order (root components in the order they were attached).</summary>
    public IEnumerable<DomElement> Elements() => _roots.SelectMany(r => r.Elements());

    private void ApplyEdits(RenderBatch batch, DomComponent component, Edit[] edits)
    {
        DomContainer parent = component;
        var depth = 0;
        var childIndex = 0; // the child index at the current depth: a component's edits start at its first child
        List<(int From, int To)>? permutation = null;

        foreach (var edit in edits)
        {
            var at = childIndex + edit.SiblingIndex;
            switch (edit.Type)
            {
                case EditType.PrependFrame:
                    InsertFrame(batch, parent, at, edit.ReferenceFrameIndex);
                    break;
                case EditType.RemoveFrame:
                    parent.RemoveAt(at);
                    break;
                case EditType.SetAttribute:
                    ApplyAttribute(ElementAt(parent, at), batch.Frames[edit.ReferenceFrameIndex]);
                    break;
                case EditType.RemoveAttribute:
                    RemoveAttribute(ElementAt(parent, at), edit.RemovedAttributeName!);
                    break;
                case EditType.UpdateText:
                    ((DomText)parent.Children[at]).Text = batch.Frames[edit.ReferenceFrameIndex].Text ?? "";
                    break;
                case EditType.UpdateMarkup:
                    parent.Replace(at, new DomMarkup(batch.Frames[edit.ReferenceFrameIndex].Text ?? ""));
                    break;
                case EditType.StepIn:
                    parent = (DomContainer)parent.Children[at];
                    depth++;
                    childIndex = 0;
                    break;
                case EditType.StepOut:
                    parent = parent.Parent ?? throw new InvalidOperationException("A render batch stepped out of its component.");
                    depth--;
                    childIndex = 0; // a component's own edits always start at 0
                    break;
                case EditType.PermutationListEntry:
                    (permutation ??= []).Add((at, childIndex + edit.ReferenceFrameIndex));
                    break;
                case EditType.PermutationListEnd:
                    Permute(parent, permutation ?? []);
                    permutation = null;
                    break;
                default:
                    throw new InvalidOperationException($"Unknown render tree edit {edit.Type}.");
            }
        }
        if (depth != 0) throw new InvalidOperationException("A render batch left a component's edits unbalanced.");
    }

    private static DomElement ElementAt(DomContainer parent, int index) =>
        parent.Children[index] as DomElement ?? throw new InvalidOperationException("An attribute edit for a node that is not an element.");

    /// <summary>Moves the listed children all at once: every node is taken from its old place before any is put down.</summary>
    private static void Permute(DomContainer parent, List<(int From, int To)> moves)
    {
        var moving = moves.Select(m => (Node: parent.Children[m.From], m.To)).ToList();
        foreach (var (node, to) in moving) parent.Replace(to, node);
    }

    /// <summary>Inserts one frame (and what it contains) at a logical child index; returns how many children it added.</summary>
    private int InsertFrame(RenderBatch batch, DomContainer parent, int index, int frameIndex)
    {
        var frame = batch.Frames[frameIndex];
        switch (frame.Type)
        {
            case FrameType.Element:
                var element = new DomElement(frame.Text ?? "");
                parent.Insert(index, element);
                var end = frameIndex + frame.SubtreeLength;
                var child = frameIndex + 1;
                for (; child < end && batch.Frames[child].Type == FrameType.Attribute; child++)
                    ApplyAttribute(element, batch.Frames[child]);
                InsertFrameRange(batch, element, 0, child, end);
                return 1;
            case FrameType.Text:
                parent.Insert(index, new DomText(frame.Text ?? ""));
                return 1;
            case FrameType.Markup:
                parent.Insert(index, new DomMarkup(frame.Text ?? ""));
                return 1;
            case FrameType.Component:
                var component = new DomComponent(frame.ComponentId);
                _components[frame.ComponentId] = component; // its own diff comes later in the batch
                parent.Insert(index, component);
                return 1;
            case FrameType.Region:
                return InsertFrameRange(batch, parent, index, frameIndex + 1, frameIndex + frame.SubtreeLength);
            case FrameType.ElementReferenceCapture:
                // The id an ElementReference carries in JS interop; kept on the element as blazor.web.js does (_bl_ attribute).
                if (parent is DomElement captured && frame.Text is { } id) captured.Attributes["_bl_" + id] = "";
                return 0;
            case FrameType.Attribute:
                throw new InvalidOperationException("An attribute frame outside an element.");
            default:
                return 0; // component reference captures, render modes, named events: nothing on the client
        }
    }

    private int InsertFrameRange(RenderBatch batch, DomContainer parent, int index, int start, int endExclusive)
    {
        var first = index;
        for (var i = start; i < endExclusive; i++)
        {
            index += InsertFrame(batch, parent, index, i);
            var frame = batch.Frames[i];
            if (frame.Type is FrameType.Element or FrameType.Component or FrameType.Region) i += frame.SubtreeLength - 1;
        }
        return index - first;
    }

    private static void ApplyAttribute(DomElement element, Frame attribute)
    {
        var name = attribute.Text ?? "";
        if (attribute.EventHandlerId != 0)
        {
            element.Events[name.StartsWith("on", StringComparison.Ordinal) ? name[2..] : name] = attribute.EventHandlerId;
            return;
        }
        if (attribute.Value is null) element.Attributes.Remove(name); // a false boolean attribute
        else element.Attributes[name] = attribute.Value;
    }

    private static void RemoveAttribute(DomElement element, string name)
    {
        element.Attributes.Remove(name);
        if (name.StartsWith("on", StringComparison.Ordinal)) element.Events.Remove(name[2..]);
    }
}
