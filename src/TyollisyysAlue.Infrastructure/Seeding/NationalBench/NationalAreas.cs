using System.Globalization;
using TyollisyysAlue.Domain.Areas;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Infrastructure.Seeding.NationalBench;

/// <summary>One synthetic employment area of the bench: real municipalities of the register, synthetic figures.</summary>
public sealed record NationalArea(int Number, Guid Id, string Slug, IReadOnlyList<RegisterSeedRow> Members, IReadOnlyDictionary<string, int> Population)
{
    public RegisterSeedRow Responsible => Members.MaxBy(m => Population[m.Code.Value])!;

    public int TotalPopulation => Members.Sum(m => Population[m.Code.Value]);

    /// <summary>Named "synthetic" in both languages, so that nobody takes the bench's areas for real ones.</summary>
    public EmploymentArea ToEntity(DateOnly start) => new(Id, Slug,
        $"Synteettinen alue {Number:00}: {Responsible.NameFi} (bench)", $"Syntetiskt område {Number:00}: {Responsible.NameSv ?? Responsible.NameFi} (bench)",
        Responsible.Code, Members.Count == 1 ? CooperationModel.SingleMunicipality : CooperationModel.ResponsibleMunicipality, start,
        $"Työllisyysjaosto {Number:00} (synteettinen)", $"Sysselsättningssektion {Number:00} (syntetisk)");
}

/// <summary>
/// The register's municipalities in force, dealt into 45 areas: the four that organise alone in reality (Helsinki,
/// Vantaa, Lahti, Kouvola) alone here too, the others in runs of the register's order of seeded sizes (the first the
/// largest, 24 members, for the "largest area" measurements). Populations are synthetic, never Statistics Finland's.
/// </summary>
public static class NationalAreas
{
    private static readonly string[] Alone = ["091", "092", "398", "286"];
    private const int LargestArea = 24;

    public static Guid IdOf(int number) => new($"b0000000-0000-4000-8000-{number.ToString("000000000000", CultureInfo.InvariantCulture)}");

    public static string SlugOf(int number) => $"bench-{number.ToString("00", CultureInfo.InvariantCulture)}";

    public static IReadOnlyList<NationalArea> All { get; } = Build();

    private static List<NationalArea> Build()
    {
        var inForce = MunicipalityRegister.Rows.Where(r => r.MergedInto is null).OrderBy(r => r.Code).ToList();
        var population = Populations(inForce);
        var grouped = inForce.Where(r => !Alone.Contains(r.Code.Value)).ToList();
        var sizes = Sizes(grouped.Count, NationalScale.AreaCount - Alone.Length);
        var areas = new List<NationalArea>();
        var next = 0;
        foreach (var size in sizes)
        {
            var number = areas.Count + 1;
            areas.Add(new NationalArea(number, IdOf(number), SlugOf(number), grouped.GetRange(next, size), population));
            next += size;
        }
        foreach (var code in Alone)
        {
            var number = areas.Count + 1;
            areas.Add(new NationalArea(number, IdOf(number), SlugOf(number), [inForce.Single(r => r.Code.Value == code)], population));
        }
        return areas;
    }

    private static List<int> Sizes(int municipalities, int areas)
    {
        var random = BenchRandom.For("area-sizes");
        var sizes = Enumerable.Range(0, areas).Select(i => i == 0 ? LargestArea : random.Next(2, 12)).ToList();
        while (sizes.Sum() != municipalities)
        {
            var i = random.Next(1, areas);
            if (sizes.Sum() < municipalities) sizes[i]++;
            else if (sizes[i] > 1) sizes[i]--;
        }
        return sizes;
    }

    /// <summary>Synthetic residents: log-uniform from small rural to city size, larger for the four that are alone.</summary>
    private static Dictionary<string, int> Populations(IEnumerable<RegisterSeedRow> municipalities)
    {
        var random = BenchRandom.For("population");
        return municipalities.ToDictionary(m => m.Code.Value, m => (int)Math.Exp(Alone.Contains(m.Code.Value)
            ? random.Between(Math.Log(80_000), Math.Log(650_000))
            : random.Between(Math.Log(700), Math.Log(120_000))));
    }
}
