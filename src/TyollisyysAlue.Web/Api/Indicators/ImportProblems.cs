using TyollisyysAlue.Texts;
using FluentValidation.Results;
using Microsoft.Extensions.Localization;
using TyollisyysAlue.Application.Indicators.Import;
using TyollisyysAlue.Web.Localization;

namespace TyollisyysAlue.Web.Api.Indicators;

/// <summary>
/// An import's problems as RFC 9457 problem details: <c>errors</c> and <c>codes</c> keyed by what they are about —
/// <c>file</c> for the file as a whole, <c>mapping</c> for the mapping, <c>line 12 (2026M06 …)</c>, <c>data[41]
/// (TYOTTOMATLOPUSSA)</c> or <c>value[1234]</c> for one cell — in the request's language (Accept-Language).
/// </summary>
internal static class ImportProblems
{
    private static readonly HashSet<string> MappingCodes = ["Import.NoArea", "Import.NoPeriod", "Import.NoContent", "Import.NoTarget", "Import.UnknownContent",
        "Import.UnknownIndicator", "Import.DerivedIndicator", "Import.ContentMismatch", "Import.UnitMismatch", "Import.TargetTwice", "Import.ChooseMembers", "Import.UnknownMember"];

    public static IResult From(IndicatorImportPlan plan, IStringLocalizer<SharedResource> localizer)
    {
        var byField = plan.Problems.GroupBy(p => FieldOf(p), StringComparer.Ordinal).ToList();
        var status = plan.Problems.Any(p => p.Code is "Import.TooLarge") ? StatusCodes.Status413PayloadTooLarge
            : plan.Problems.Any(p => p.Code is "Import.WrongFileType" or "Import.Malformed" or "Import.Empty") ? StatusCodes.Status415UnsupportedMediaType
            : StatusCodes.Status422UnprocessableEntity;
        return TypedResults.Problem($"The file cannot be imported: {plan.Problems.Count + plan.MoreProblems} problem(s); nothing was saved. See errors.",
            statusCode: status, title: "The import was refused.", extensions: new Dictionary<string, object?>
            {
                ["errors"] = byField.ToDictionary(g => g.Key, g => g.Select(p => Text(p, localizer)).ToArray()),
                ["codes"] = byField.ToDictionary(g => g.Key, g => g.Select(p => p.Code).ToArray()),
                ["moreProblems"] = plan.MoreProblems,
            });
    }

    public static IResult Refused(IReadOnlyList<ValidationFailure> errors, IStringLocalizer<SharedResource> localizer) =>
        TypedResults.Problem("The values changed or the import is not allowed; nothing was saved. See errors.", statusCode: StatusCodes.Status409Conflict,
            extensions: new Dictionary<string, object?>
            {
                ["errors"] = errors.GroupBy(e => Camel(e.PropertyName)).ToDictionary(g => g.Key, g => g.Select(e => localizer[e.ErrorCode, (e.CustomState as object[]) ?? []].Value).ToArray()),
                ["codes"] = errors.GroupBy(e => Camel(e.PropertyName)).ToDictionary(g => g.Key, g => g.Select(e => e.ErrorCode).ToArray()),
            });

    private static string FieldOf(ImportProblem problem) => problem.At switch
    {
        { Kind: CellLocationKind.Line } at => $"line {at.Row} ({at.Column})",
        { Kind: CellLocationKind.DataRow } at => $"data[{at.Row - 1}] ({at.Column})",
        { Kind: CellLocationKind.ValueIndex } at => $"value[{at.Row}]",
        _ => MappingCodes.Contains(problem.Code) ? "mapping" : "file",
    };

    private static string Text(ImportProblem problem, IStringLocalizer localizer) =>
        localizer[problem.Code, problem.Args.Select(a => a switch
        {
            string s when s.StartsWith("Unit.", StringComparison.Ordinal) => localizer[s].Value,
            CellLocation at => FieldOf(new ImportProblem("", [], at)),
            _ => a,
        }).ToArray()].Value;

    private static string Camel(string name) => name.Length == 0 ? "file" : char.ToLowerInvariant(name[0]) + name[1..];
}
