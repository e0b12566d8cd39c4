using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Infrastructure.Persistence;

namespace TyollisyysAlue.Infrastructure.Seeding;

/// <summary>
/// The demo plans' titles: the document's own title only (the cover and the metadata add the area's name). Demo
/// databases seeded before carry the older titles that began with the area's name; those are renamed once.
/// </summary>
internal static partial class DemoPlans
{
    public const string FinnishTitle = "Palveluiden järjestämissuunnitelma";
    public const string SwedishTitle = "Plan för ordnandet av tjänster";
    private const string KuopioTitle = FinnishTitle;

    private static readonly Dictionary<string, string> EarlierTitles = new(StringComparer.Ordinal)
    {
        ["Porvoon työllisyysalueen TE-palvelut: Palveluiden järjestämissuunnitelma"] = FinnishTitle,
        ["Borgå sysselsättningsområdes arbetskraftsservice: Plan för ordnandet av tjänsterna"] = SwedishTitle,
        ["Kuopion työllisyysalue: Palveluiden järjestämissuunnitelma"] = KuopioTitle,
    };

    /// <summary>Renames this area's demo versions that still carry an earlier demo title (a no-op once done).</summary>
    public static async Task RenameEarlierTitlesAsync(AppDbContext db, CancellationToken ct)
    {
        var earlier = EarlierTitles.Keys.ToList();
        var versions = await db.PlanVersions.Where(v => earlier.Contains(v.Title)).ToListAsync(ct);
        foreach (var version in versions) version.Title = EarlierTitles[version.Title];
        if (versions.Count > 0) await db.SaveChangesAsync(ct);
    }
}
