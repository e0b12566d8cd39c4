using TyollisyysAlue.Domain.Plans;
using TyollisyysAlue.Texts;

namespace TyollisyysAlue.Application.Plans;

/// <summary>
/// How a linked metric reads in the reader's (or the plan version's) language: in the goals tab, the checklist, the
/// overview and the plan's frozen "goal metrics" table alike.
/// </summary>
public static class MetricWording
{
    /// <summary>Whose series: a member's name, or the area total.</summary>
    public static string Whose(MetricValues values, TextTable t) => values.Member?.NameIn(t.Language) ?? t["Plan.MetricAreaTotal"];

    /// <summary>"viimeisin 14 120 (6/2025; lähde: Demoluku, demoarvo)", or that the series has no values.</summary>
    public static string Latest(MetricValues values, TextTable t) =>
        values.Progress.Latest is { } latest
            ? t["Plan.MetricLatest", values.Figure(latest.Value), values.Period(latest.Period), Source(values, t)]
            : t["Plan.MetricNoValues"];

    /// <summary>The latest value's source, marked when it is a demo value.</summary>
    public static string Source(MetricValues values, TextTable t) => values.LatestSource + (values.LatestIsDemo ? ", " + t["Plan.MetricDemo"] : "");

    /// <summary>Where it stands between baseline and target, with the share of the way when it moved.</summary>
    public static string Status(MetricValues values, TextTable t)
    {
        var status = t[$"Plan.MetricStatus.{values.Progress.Status}"];
        return values.Progress.ShareOfWay is { } share && values.Progress.Status is MetricStatus.TowardTarget or MetricStatus.AwayFromTarget
            ? t["Plan.MetricShareOfWay", status, Formats.Percent(share, 0)] : status;
    }
}
