namespace TyollisyysAlue.Application.Plans.Import;

/// <summary>Collects the notes of one import as they occur (in which section, with what detail) and sums them up by kind.</summary>
internal sealed class ImportNotes
{
    private const int Examples = 5, DetailLength = 120;
    private readonly List<(ImportNoteKind Kind, int? Section, string? Detail)> _events = [];

    public void Add(ImportNoteKind kind, int? section, string? detail = null) => _events.Add((kind, section, detail));

    /// <param name="sectionName">The name of a section by its index ("2.1 Lähipalvelut").</param>
    public IReadOnlyList<ImportNote> Summary(Func<int, string> sectionName) =>
        [.. _events.GroupBy(e => e.Kind).OrderBy(g => g.Key).Select(g => new ImportNote(
            g.Key,
            g.Count(),
            [.. g.Where(e => e.Section is not null).Select(e => sectionName(e.Section!.Value)).Distinct().Take(Examples)],
            [.. g.Where(e => !string.IsNullOrWhiteSpace(e.Detail)).Select(e => Shorten(e.Detail!)).Distinct().Take(Examples)]))];

    private static string Shorten(string text)
    {
        var plain = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return plain.Length <= DetailLength ? plain : plain[..(DetailLength - 1)] + "…";
    }
}
