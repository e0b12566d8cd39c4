using System.Globalization;

namespace TyollisyysAlue.Domain.Plans;

/// <summary>
/// A live table a section embeds: which kind (the number of the application's LiveBlockKind) of which year, and for a
/// kind about one saved thing (a what-if scenario) that thing's id; null means the kind's whole table.
/// </summary>
public readonly record struct LiveBlockRef(int Kind, int Year, Guid? Subject = null);

/// <summary>Reads and writes a section's "kind:year[:subject],kind:year" list (the subject as 32 hex digits).</summary>
public static class LiveBlockRefs
{
    public static IReadOnlyList<LiveBlockRef> Parse(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(ParseOne).OfType<LiveBlockRef>().ToList();

    public static string Format(IEnumerable<LiveBlockRef> blocks) =>
        string.Join(',', blocks.Select(b => b.Subject is { } subject
            ? string.Create(CultureInfo.InvariantCulture, $"{b.Kind}:{b.Year}:{subject:N}")
            : string.Create(CultureInfo.InvariantCulture, $"{b.Kind}:{b.Year}")));

    /// <summary>A block of an earlier year than the version's own date is out of date (e.g. a 2024 split in a 2025 plan).</summary>
    public static bool IsOutOfDate(LiveBlockRef block, DateOnly versionDate) => block.Year < versionDate.Year;

    private static LiveBlockRef? ParseOne(string text)
    {
        var parts = text.Split(':');
        if (parts.Length is < 2 or > 3
            || !int.TryParse(parts[0], CultureInfo.InvariantCulture, out var kind)
            || !int.TryParse(parts[1], CultureInfo.InvariantCulture, out var year)) return null;
        if (parts.Length == 2) return new LiveBlockRef(kind, year);
        return Guid.TryParseExact(parts[2], "N", out var subject) ? new LiveBlockRef(kind, year, subject) : null;
    }
}
