using System.Globalization;
using System.Text;
using TyollisyysAlue.Application.Plans.LiveBlocks;
using TyollisyysAlue.Domain.Plans;

namespace TyollisyysAlue.Infrastructure.Seeding.NationalBench;

/// <summary>
/// One bench area's arrangement plans: versions spread over the budget years, each based on the one before (all
/// superseded but the last approved one and the current draft), of eight chapters with four subsections each
/// (40 sections of about a page: Markdown paragraphs, a list, every fourth a table; each chapter one live block and
/// the six statutory points), threaded comments of the area's users, and goals with metrics and actions.
/// Texts are synthetic Finnish, marked so in every title.
/// </summary>
internal sealed class NationalPlans(NationalArea area, NationalScale scale, IReadOnlyList<int> years, IReadOnlyList<string> authors)
{
    private static readonly LiveBlockKind[] ChapterBlocks =
        [LiveBlockKind.Members, LiveBlockKind.Budget, LiveBlockKind.CostSplit, LiveBlockKind.Offices, LiveBlockKind.Staffing, LiveBlockKind.Services];
    private static readonly string[] Words =
    [
        "työllisyysalue", "palvelut", "asiakkaat", "työnhakijat", "yritykset", "osaaminen", "kumppanit", "vastuukunta", "jäsenkunnat",
        "rahoitus", "kustannukset", "seuranta", "tavoitteet", "mittarit", "henkilöstö", "toimipisteet", "digitaaliset", "kohdentaminen",
        "nuoret", "maahanmuuttajat", "pitkäaikaistyöttömät", "valmennus", "koulutus", "palkkatuki", "starttiraha", "yhteistyö",
        "hyvinvointialue", "elinvoima", "rakennemuutos", "saavutettavuus", "kielelliset", "oikeudet", "ohjaus", "neuvonta",
    ];

    private readonly BenchRandom _random = BenchRandom.For("plans", area.Number);

    public List<PlanVersion> Versions()
    {
        var versions = new List<PlanVersion>();
        var first = new DateOnly(years[0], 1, 15);
        var span = new DateOnly(years[^1], 11, 15).DayNumber - first.DayNumber;
        for (var i = 0; i < scale.PlanVersionsPerArea; i++)
        {
            var date = DateOnly.FromDayNumber(first.DayNumber + span * i / Math.Max(1, scale.PlanVersionsPerArea - 1));
            var label = $"versio {date.Day}.{date.Month}.{date.Year}";
            var version = new PlanVersion(_random.NextGuid(), area.Id, label, date, "fi", $"Järjestämissuunnitelma, {area.Slug} (synteettinen)")
            {
                BasedOnId = versions.LastOrDefault()?.Id,
            };
            var last = i == scale.PlanVersionsPerArea - 1;
            if (!last)
            {
                var decided = new DateTimeOffset(date.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);
                version.Submit(authors[0], decided);
                version.Approve($"Työllisyysjaosto {area.Number:00} (synteettinen)", date, $"{i + 1} §");
                if (i < scale.PlanVersionsPerArea - 2) version.Supersede();
            }
            versions.Add(version);
        }
        return versions;
    }

    public IReadOnlyList<PlanSection> Sections(PlanVersion version)
    {
        var outline = new DemoPlanOutline(version, version.VersionDate.Year, authors[1 % authors.Count]);
        var statutory = StatutorySections.All;
        var chapters = Math.Max(1, scale.SectionsPerVersion / 5);
        for (var chapter = 0; chapter < chapters; chapter++)
        {
            LiveBlockKind[] blocks = chapter < ChapterBlocks.Length ? [ChapterBlocks[chapter]] : [];
            outline.Main($"{chapter + 1}. {Title()} (synteettinen)", Body(paragraphs: 2, table: false),
                chapter < statutory.Count ? statutory[chapter] : null, blocks);
            for (var sub = 0; sub < 4; sub++)
                outline.Sub($"{chapter + 1}.{sub + 1} {Title()}", Body(paragraphs: 4, table: sub == 3));
        }
        return outline.Sections;
    }

    public IEnumerable<PlanComment> Comments(PlanVersion version, IReadOnlyList<PlanSection> sections)
    {
        for (var i = 0; i < scale.CommentsPerVersion; i++)
        {
            var section = _random.Pick(sections);
            var at = new DateTimeOffset(version.VersionDate.ToDateTime(new TimeOnly(9 + i % 8, 0)), TimeSpan.Zero).AddDays(-i % 20);
            var comment = new PlanComment(_random.NextGuid(), area.Id, version.Id, section.Id, null, Sentence(12) + " (synteettinen kommentti)",
                null, _random.Pick(authors), at);
            if (!version.IsEditable || i % 3 == 0) comment.Resolve(authors[0], at.AddDays(2));
            yield return comment;
            if (i % 4 == 0)
                yield return new PlanComment(_random.NextGuid(), area.Id, version.Id, section.Id, comment.Id, Sentence(8) + " (vastaus)", null,
                    _random.Pick(authors), at.AddHours(3));
        }
    }

    public (List<PlanGoal> Goals, List<PlanMetric> Metrics, List<PlanAction> Actions) Goals()
    {
        var goals = new List<PlanGoal>();
        var metrics = new List<PlanMetric>();
        var actions = new List<PlanAction>();
        foreach (var group in new[] { "Työllisyys ja elinvoima", "Asukkaiden hyvinvointi", "Palvelujärjestelmän uudistaminen" })
        {
            for (var i = 0; i < 3; i++)
            {
                var goal = new PlanGoal(_random.NextGuid(), area.Id, group + " (synteettinen)", Title(), goals.Count);
                goals.Add(goal);
                metrics.Add(new PlanMetric(_random.NextGuid(), area.Id, goal.Id, "Mittari: " + Title())
                {
                    Baseline = "synteettinen: " + _random.Next(100, 5_000).ToString(CultureInfo.InvariantCulture),
                    Target = "synteettinen", TargetYear = years[^1], Source = "synthetic (bench)",
                });
                foreach (var status in new[] { PlanActionStatus.Done, PlanActionStatus.Ongoing })
                    actions.Add(new PlanAction(_random.NextGuid(), area.Id, goal.Id, Sentence(6))
                    {
                        Owner = "Työllisyyspalvelut", Deadline = new DateOnly(years[_random.Next(0, years.Count)], 12, 31), Status = status,
                    });
            }
        }
        return (goals, metrics, actions);
    }

    private string Title()
    {
        var title = Sentence(3);
        return char.ToUpperInvariant(title[0]) + title[1..];
    }

    private string Sentence(int words) =>
        string.Join(' ', Enumerable.Range(0, words).Select(_ => _random.Pick(Words)));

    /// <summary>About a page: paragraphs of 60–90 words, a bulleted list and, where asked, a table with figures.</summary>
    private string Body(int paragraphs, bool table)
    {
        var text = new StringBuilder();
        for (var p = 0; p < paragraphs; p++)
        {
            var sentence = Title() + " " + Sentence(_random.Next(60, 90)) + ".";
            text.Append(sentence.Replace(" palvelut ", " **palvelut** ", StringComparison.Ordinal)).Append("\n\n");
        }
        for (var i = 0; i < 4; i++) text.Append("- ").Append(Title()).Append('\n');
        if (table)
        {
            text.Append("\n| Kunta | Asiakkaat | Osuus |\n| --- | ---: | ---: |\n");
            foreach (var member in area.Members.Take(8))
                text.Append(CultureInfo.InvariantCulture, $"| {member.NameFi} | {_random.Next(50, 9_000)} | {_random.Next(1, 60)} % |\n");
        }
        return text.ToString();
    }
}
