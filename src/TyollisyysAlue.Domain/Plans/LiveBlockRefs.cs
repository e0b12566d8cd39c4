using System.Globalization;

namespace TyollisyysAlue.Domain.Plans;

/// <summary>A live table a section embeds: which kind (the number of the application's LiveBlockKind) of which year.</summary>
public readonly record struct LiveBlockRef(int Kind, int Year);

/// <summary>Reads and writes a section's "kind:year,kind:year" list.</summary>
public static class LiveBlockRefs
{
    public static IReadOnlyList<LiveBlockRef> Parse(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(p => p.Split(':'))
                .Where(p => p.Length == 2 && int.TryParse(p[0], CultureInfo.InvariantCulture, out _) && int.TryParse(p[1], CultureInfo.InvariantCulture, out _))
                .Select(p => new LiveBlockRef(int.Parse(p[0], CultureInfo.InvariantCulture), int.Parse(p[1], CultureInfo.InvariantCulture)))
                .ToList();

    public static string Format(IEnumerable<LiveBlockRef> blocks) =>
        string.Join(',', blocks.Select(b => string.Create(CultureInfo.InvariantCulture, $"{b.Kind}:{b.Year}")));

    /// <summary>A block of an earlier year than the version's own date is out of date (e.g. a 2024 split in a 2025 plan).</summary>
    public static bool IsOutOfDate(LiveBlockRef block, DateOnly versionDate) => block.Year < versionDate.Year;
}
