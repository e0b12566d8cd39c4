using TyollisyysAlue.Domain.Areas;
using TyollisyysAlue.Domain.Memberships;
using TyollisyysAlue.Domain.Municipalities;
using static TyollisyysAlue.Domain.Areas.CooperationModel;

namespace TyollisyysAlue.Infrastructure.Seeding;

/// <summary>The five employment areas of the seed documents, with their members over time.</summary>
public static class DemoAreas
{
    public static readonly Guid Porvoo = new("a1000000-0000-4000-8000-000000000638");
    public static readonly Guid EspooKauniainen = new("a1000000-0000-4000-8000-000000000049");
    public static readonly Guid Kuopio = new("a1000000-0000-4000-8000-000000000297");
    public static readonly Guid Lahti = new("a1000000-0000-4000-8000-000000000398");
    public static readonly Guid Pohjanmaa = new("a1000000-0000-4000-8000-000000000905");

    private static readonly DateOnly Start = new(2025, 1, 1);

    public static IReadOnlyList<EmploymentArea> Areas { get; } =
    [
        new(Porvoo, "porvoo", "Porvoon työllisyysalue", "Borgå sysselsättningsområde", Code("638"), ResponsibleMunicipality, Start,
            "Porvoon elinvoimalautakunnan TE-jaosto", "AN-sektionen under Borgå livskraftsnämnd"),
        new(EspooKauniainen, "espoo-kauniainen", "Espoon ja Kauniaisten työllisyysalue", "Esbo och Grankulla sysselsättningsområde",
            Code("049"), ResponsibleMunicipality, Start, "Työllisyysjaosto", "Sysselsättningssektionen"),
        // Seats by population is a demo choice for Kuopio (the issue mentions areas that weight by population).
        new(Kuopio, "kuopio", "Kuopion työllisyysalue", "Kuopio sysselsättningsområde", Code("297"), ResponsibleMunicipality, Start,
            "Työllisyysaluejaosto", "Sektionen för sysselsättningsområdet") { SeatRule = Domain.Committees.CommitteeSeatRule.PerStarted10000Residents },
        new(Lahti, "lahti", "Lahden työllisyyspalvelut", "Lahtis sysselsättningstjänster", Code("398"), SingleMunicipality, Start,
            "Elinvoima- ja työllisyysjaosto", "Sektionen för livskraft och sysselsättning"),
        new(Pohjanmaa, "pohjanmaa", "Pohjanmaan työllisyysalue", "Österbottens sysselsättningsområde", Code("905"), ResponsibleMunicipality, Start,
            "Pohjanmaan työllisyysaluejaosto", "Sektionen för Österbottens sysselsättningsområde"),
    ];

    public static IEnumerable<Membership> Memberships()
    {
        foreach (var code in new[] { "638", "018", "407", "434", "504", "616" })
            yield return Member(Porvoo, code, Start, "Yhteistoimintasopimus, Porvoon kaupunginvaltuusto (demo)");
        // Sipoo was a member in the draft plan of 30.5.2023 and formed an area with Kerava instead.
        yield return new Membership(Guid.NewGuid(), Porvoo, Code("753"), new DateOnly(2023, 5, 30), new DateOnly(2023, 10, 31),
            "Järjestämissuunnitelman luonnos, versio 30.5.2023", "Sipoo muodosti työllisyysalueen Keravan kanssa");

        foreach (var code in new[] { "049", "235" })
            yield return Member(EspooKauniainen, code, Start, "Espoon kaupunginvaltuusto 9.10.2023 (demo)");

        foreach (var code in new[] { "297", "204", "239", "402", "686", "687", "749", "778", "844", "857", "921" })
            yield return Member(Kuopio, code, Start, "Yhteistoimintasopimus (demo)");

        yield return Member(Lahti, "398", Start, "Lahti järjestää yksin, lain 380/2023 12 §");

        foreach (var code in new[] { "905", "893", "946", "499", "399", "475", "545", "280" })
            yield return Member(Pohjanmaa, code, Start, "Liittymisilmoitus 31.10.2023");
        // Kaskinen was added later by a government decision.
        yield return Member(Pohjanmaa, "231", Start, "Valtioneuvoston päätös 22.2.2024");
    }

    /// <summary>Porvoo's TE-jaosto: a member and a deputy from each member municipality (invented names, marked demo).</summary>
    public static IEnumerable<Domain.Committees.CommitteeMember> CommitteeMembers() =>
        new[] { ("638", "Porvoo"), ("018", "Askola"), ("407", "Lapinjärvi"), ("434", "Loviisa"), ("504", "Myrskylä"), ("616", "Pukkila") }
            .Select(m => new Domain.Committees.CommitteeMember(Guid.NewGuid(), Porvoo, Code(m.Item1), $"Jäsen, {m.Item2} (demo)",
                $"Varajäsen, {m.Item2} (demo)", Start, new DateOnly(2025, 5, 31)))
            .Concat(new[] { ("638", "Porvoo"), ("018", "Askola"), ("407", "Lapinjärvi"), ("434", "Loviisa"), ("504", "Myrskylä"), ("616", "Pukkila") }
            .Select(m => new Domain.Committees.CommitteeMember(Guid.NewGuid(), Porvoo, Code(m.Item1), $"Jäsen 2025–2029, {m.Item2} (demo)",
                $"Varajäsen 2025–2029, {m.Item2} (demo)", new DateOnly(2025, 6, 1), new DateOnly(2029, 5, 31))));

    private static Membership Member(Guid area, string code, DateOnly from, string decision) =>
        new(Guid.NewGuid(), area, Code(code), from, null, decision);

    private static MunicipalityCode Code(string code) => MunicipalityCode.Parse(code);
}
