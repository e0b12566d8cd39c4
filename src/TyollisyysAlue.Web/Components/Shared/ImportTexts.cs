using Microsoft.Extensions.Localization;
using TyollisyysAlue.Application.Indicators.Import;
using TyollisyysAlue.Domain.Indicators;

namespace TyollisyysAlue.Web.Components.Shared;

/// <summary>An import's problems, locations and periods in the user's language (the application returns codes and arguments).</summary>
public sealed class ImportTexts(IStringLocalizer localizer, IReadOnlyDictionary<string, Indicator> indicators, string language)
{
    public string Problem(ImportProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var args = problem.Args.Select(Argument).ToArray();
        var text = localizer[problem.Code, args].Value;
        return problem.At is { } at ? $"{Location(at)}: {text}" : text;
    }

    public string Location(CellLocation at) => at?.Kind switch
    {
        CellLocationKind.Line => localizer["Import.At.Line", at.Row, at.Column ?? ""].Value,
        CellLocationKind.DataRow => localizer["Import.At.DataRow", at.Row, at.Column ?? ""].Value,
        CellLocationKind.ValueIndex => localizer["Import.At.Value", at.Row].Value,
        _ => "",
    };

    public string Indicator(string code) => indicators.TryGetValue(code, out var i) ? i.NameIn(language) : code;

    /// <summary>A month as "6/2026", a year as "2025", a date in Finnish style.</summary>
    public static string Period(Period period) => period.Kind switch
    {
        PeriodKind.Month => $"{period.Date.Month}/{period.Date.Year}",
        PeriodKind.Year => period.Date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => period.Date.ToString("d.M.yyyy", System.Globalization.CultureInfo.InvariantCulture),
    };

    private object Argument(object arg) => arg switch
    {
        string s when s.StartsWith("Unit.", StringComparison.Ordinal) => localizer[s].Value,
        string s when indicators.ContainsKey(s) => Indicator(s),
        CellLocation at => Location(at),
        _ => arg,
    };
}
