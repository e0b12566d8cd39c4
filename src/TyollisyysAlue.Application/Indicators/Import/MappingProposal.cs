using System.Globalization;
using TyollisyysAlue.Domain.Indicators;

namespace TyollisyysAlue.Application.Indicators.Import;

/// <summary>
/// The mapping step's first guess, which the user confirms or corrects: the area's remembered mapping for this
/// layout if there is one, else the area, period and content variables by what the file says (PxWeb's types,
/// JSON-stat roles, both generations of variable codes: Alue / alue_23_20260101, Vuosi / timeperiod_y, Tiedot /
/// contentscode), each content's indicator from its code or text, and totals for the other variables.
/// </summary>
public static class MappingProposal
{
    private static readonly string[] AreaWords = ["alue", "kunta", "area", "region", "område", "kommun", "municipality"];
    private static readonly string[] TimeWords = ["timeperiod", "vuosi", "kuukausi", "aika", "year", "month", "time", "år", "månad", "tid", "period"];
    private static readonly string[] MonthWords = ["kuukausi", "month", "månad", "kk"];
    private static readonly string[] ContentWords = ["contentscode", "tiedot", "information", "uppgifter"];
    private static readonly string[] TotalCodes = ["SSS", "YHTEENSÄ", "YHT", "TOTAL", "KAIKKI", "SUMMA", "ALLA", "TOTALT"];

    public static ImportMapping Propose(StatTableInfo table, IReadOnlyCollection<Indicator> indicators, string? preferred, ImportMapping? remembered)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(indicators);
        if (remembered is not null && Fits(table, remembered)) return remembered;

        var area = Pick(table, DimensionRole.Area, AreaWords, d => d.Members.Count(m => AreaCode.LooksLikeArea(m.Code)) * 2 > d.Members.Count);
        var time = Pick(table, DimensionRole.Time, TimeWords, d => d.Members.Count(m => PeriodCode.Parse(m.Code) is not null) * 2 > d.Members.Count, area);
        string? month = null;
        if (time is not null && table.Dimension(time)!.Members.All(m => PeriodCode.Parse(m.Code) is { Kind: PeriodKind.Year }))
            month = table.Dimensions.FirstOrDefault(d => d.Code != time && d.Code != area && Matches(d, MonthWords)
                && d.Members.All(m => int.TryParse(m.Code, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 12))?.Code;
        var content = Pick(table, DimensionRole.Content, ContentWords, _ => false, area, time, month);

        var mapping = new ImportMapping { Area = area, Time = time, Month = month, Content = content };
        if (content is null) return mapping;
        var contents = table.Dimension(content)!;
        var known = indicators.Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var member in contents.Members)
            if (IndicatorCatalogue.IndicatorFor(member) is { } code && known.Contains(code) && !targets.ContainsValue(code)) targets[member.Code] = code;
        if (preferred is not null && known.Contains(preferred) && !targets.ContainsValue(preferred))
        {
            // The population of a table with ages or languages is what working-age and foreign-language residents are counted from.
            var population = targets.FirstOrDefault(t => t.Value == Indicator.Population).Key;
            if (population is not null && preferred is Indicator.WorkingAge or Indicator.ForeignLanguage) targets[population] = preferred;
            else if (contents.Members.Count == 1) targets[contents.Members[0].Code] = preferred;
        }
        mapping = mapping with { Targets = targets };

        var include = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var areaCount = area is null ? 0 : table.Dimension(area)!.Members.Count;
        foreach (var other in table.Dimensions.Where(d => d.Code != area && d.Code != time && d.Code != month && d.Code != content))
        {
            var chosen = Chosen(other, targets.Values, areaCount);
            if (chosen.Count > 0) include[other.Code] = chosen;
        }
        return mapping with { Include = include };
    }

    /// <summary>A remembered mapping still fits when every variable and content it names is in the table.</summary>
    public static bool Fits(StatTableInfo table, ImportMapping mapping)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(mapping);
        string?[] named = [mapping.Area, mapping.Time, mapping.Month, mapping.Content];
        if (named.Any(n => n is not null && table.Dimension(n) is null)) return false;
        var content = table.Dimension(mapping.Content) ?? table.Dimensions.FirstOrDefault(d => d.Role == DimensionRole.Content);
        return content is not null && mapping.Targets.Keys.All(k => content.Member(k) is not null)
            && mapping.Include.Keys.All(k => table.Dimension(k) is not null);
    }

    private static List<string> Chosen(StatDimension other, IEnumerable<string> targets, int areaCount)
    {
        if (other.Members.Count == 1) return [other.Members[0].Code];
        if (targets.Contains(Indicator.WorkingAge) && Ages(other, 18, 64) is { Count: > 0 } ages) return ages;
        if (targets.Contains(Indicator.ForeignLanguage)
            && other.Members.Where(m => Contains(m.Label, "vieras", "foreign", "främmande")).Select(m => m.Code).ToList() is { Count: > 0 } foreign)
            return foreign;
        if (other.Members.FirstOrDefault(m => TotalCodes.Contains(m.Code.ToUpperInvariant()) || Contains(m.Label, "yhteensä", "total", "totalt", "kaikki", "alla"))
            is { } total) return [total.Code];
        // A label column beside the area code (Kela's KUNTA_NIMI): one value per area, so all of them.
        if (other.Truncated || (areaCount > 1 && other.Members.Count == areaCount)) return other.Members.Select(m => m.Code).ToList();
        return [];
    }

    /// <summary>Single-year ages within the range (codes "18", "018"), or a ready group such as "18-64".</summary>
    private static List<string> Ages(StatDimension dimension, int from, int to)
    {
        if (dimension.Members.FirstOrDefault(m => m.Code.Replace('–', '-') == $"{from}-{to}") is { } group) return [group.Code];
        return dimension.Members.Where(m => int.TryParse(m.Code, NumberStyles.None, CultureInfo.InvariantCulture, out var age) && age >= from && age <= to)
            .Select(m => m.Code).ToList();
    }

    private static string? Pick(StatTableInfo table, DimensionRole role, string[] words, Func<StatDimension, bool> byMembers, params string?[] taken)
    {
        var free = table.Dimensions.Where(d => !taken.Contains(d.Code)).ToList();
        return (free.FirstOrDefault(d => d.Role == role) ?? free.FirstOrDefault(d => Matches(d, words) && byMembers(d))
            ?? free.FirstOrDefault(d => Matches(d, words)) ?? free.FirstOrDefault(d => d.Role == DimensionRole.Other && byMembers(d)))?.Code;
    }

    private static bool Matches(StatDimension dimension, string[] words) =>
        words.Any(w => dimension.Code.StartsWith(w, StringComparison.OrdinalIgnoreCase) || dimension.Label.StartsWith(w, StringComparison.OrdinalIgnoreCase)
            || dimension.Code.Contains("_" + w, StringComparison.OrdinalIgnoreCase));

    private static bool Contains(string text, params string[] words) => words.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));
}
