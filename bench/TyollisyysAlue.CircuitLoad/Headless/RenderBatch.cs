using System.Buffers.Binary;
using System.Text;

namespace TyollisyysAlue.CircuitLoad.Headless;

/// <summary>The frame kinds of Blazor's render tree, with the numbers the server writes into a batch.</summary>
internal enum FrameType
{
    None = 0, Element = 1, Text = 2, Attribute = 3, Component = 4, Region = 5, ElementReferenceCapture = 6,
    ComponentReferenceCapture = 7, Markup = 8, ComponentRenderMode = 9, NamedEvent = 10,
}

/// <summary>The edit kinds of a component's diff, numbered as on the wire.</summary>
internal enum EditType
{
    PrependFrame = 1, RemoveFrame = 2, SetAttribute = 3, RemoveAttribute = 4, UpdateText = 5, StepIn = 6, StepOut = 7,
    UpdateMarkup = 8, PermutationListEntry = 9, PermutationListEnd = 10,
}

/// <summary>
/// One reference frame. <see cref="SubtreeLength"/> counts the frame itself (elements, components, regions);
/// <see cref="Text"/> is an element's name, a text, markup or an attribute's name, <see cref="Value"/> an attribute's
/// value (null for false, "" for true).
/// </summary>
internal readonly record struct Frame(FrameType Type, int SubtreeLength, int ComponentId, string? Text, string? Value, ulong EventHandlerId);

/// <summary>One edit: <see cref="ReferenceFrameIndex"/> doubles as the move target of a permutation entry.</summary>
internal readonly record struct Edit(EditType Type, int SiblingIndex, int ReferenceFrameIndex, string? RemovedAttributeName);

internal sealed record ComponentDiff(int ComponentId, Edit[] Edits);

/// <summary>
/// A render batch decoded from the binary form the server's RenderBatchWriter sends (the format blazor.web.js reads):
/// sections of diffs, reference frames (20 bytes each), disposed component and event handler ids, and a string table;
/// the last 20 bytes hold the five sections' offsets. Little-endian throughout.
/// </summary>
internal sealed record RenderBatch(ComponentDiff[] Diffs, Frame[] Frames, int[] DisposedComponentIds, ulong[] DisposedEventHandlerIds)
{
    private const int FrameSize = 20;
    private const int EditSize = 16;

    public static RenderBatch Read(ReadOnlySpan<byte> data)
    {
        var tail = data.Length - 20;
        var (diffsAt, framesAt, disposedComponentsAt, disposedHandlersAt, stringsAt) =
            (Int(data, tail), Int(data, tail + 4), Int(data, tail + 8), Int(data, tail + 12), Int(data, tail + 16));

        var strings = ReadStrings(data, stringsAt, tail);
        return new RenderBatch(
            ReadDiffs(data, diffsAt, strings),
            ReadFrames(data, framesAt, strings),
            ReadInts(data, disposedComponentsAt),
            ReadHandlerIds(data, disposedHandlersAt));
    }

    private static string[] ReadStrings(ReadOnlySpan<byte> data, int tableAt, int tableEnd)
    {
        var strings = new string[(tableEnd - tableAt) / 4];
        for (var i = 0; i < strings.Length; i++)
        {
            var at = Int(data, tableAt + 4 * i);
            // BinaryWriter.Write(string): a 7-bit encoded length, then UTF-8.
            var (length, shift) = (0, 0);
            byte b;
            do
            {
                b = data[at++];
                length |= (b & 0x7F) << shift;
                shift += 7;
            } while ((b & 0x80) != 0);
            strings[i] = Encoding.UTF8.GetString(data.Slice(at, length));
        }
        return strings;
    }

    private static ComponentDiff[] ReadDiffs(ReadOnlySpan<byte> data, int tableAt, string[] strings)
    {
        var diffs = new ComponentDiff[Int(data, tableAt)];
        for (var i = 0; i < diffs.Length; i++)
        {
            var at = Int(data, tableAt + 4 + 4 * i);
            var edits = new Edit[Int(data, at + 4)];
            for (var e = 0; e < edits.Length; e++)
            {
                var editAt = at + 8 + e * EditSize;
                edits[e] = new Edit((EditType)Int(data, editAt), Int(data, editAt + 4), Int(data, editAt + 8), Str(data, editAt + 12, strings));
            }
            diffs[i] = new ComponentDiff(Int(data, at), edits);
        }
        return diffs;
    }

    private static Frame[] ReadFrames(ReadOnlySpan<byte> data, int at, string[] strings)
    {
        var frames = new Frame[Int(data, at)];
        for (var i = 0; i < frames.Length; i++)
        {
            var f = at + 4 + i * FrameSize;
            var type = (FrameType)Int(data, f);
            frames[i] = type switch
            {
                FrameType.Element => new Frame(type, Int(data, f + 4), 0, Str(data, f + 8, strings), null, 0),
                FrameType.Component => new Frame(type, Int(data, f + 4), Int(data, f + 8), null, null, 0),
                FrameType.Region => new Frame(type, Int(data, f + 4), 0, null, null, 0),
                FrameType.Attribute => new Frame(type, 1, 0, Str(data, f + 4, strings), Str(data, f + 8, strings),
                    BinaryPrimitives.ReadUInt64LittleEndian(data[(f + 12)..])),
                FrameType.Text or FrameType.Markup or FrameType.ElementReferenceCapture =>
                    new Frame(type, 1, 0, Str(data, f + 4, strings), null, 0),
                _ => new Frame(type, 1, 0, null, null, 0), // frames the client has no use for, kept so indexes stay right
            };
        }
        return frames;
    }

    private static int[] ReadInts(ReadOnlySpan<byte> data, int at)
    {
        var values = new int[Int(data, at)];
        for (var i = 0; i < values.Length; i++) values[i] = Int(data, at + 4 + 4 * i);
        return values;
    }

    private static ulong[] ReadHandlerIds(ReadOnlySpan<byte> data, int at)
    {
        var values = new ulong[Int(data, at)];
        for (var i = 0; i < values.Length; i++) values[i] = BinaryPrimitives.ReadUInt64LittleEndian(data[(at + 4 + 8 * i)..]);
        return values;
    }

    private static int Int(ReadOnlySpan<byte> data, int at) => BinaryPrimitives.ReadInt32LittleEndian(data[at..]);

    private static string? Str(ReadOnlySpan<byte> data, int at, string[] strings) => Int(data, at) is var i and >= 0 ? strings[i] : null;
}
