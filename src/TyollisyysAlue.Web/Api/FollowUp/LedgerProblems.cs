using Microsoft.Extensions.Localization;
using TyollisyysAlue.Application.FollowUp.Ledger;

namespace TyollisyysAlue.Web.Api.FollowUp;

/// <summary>
/// A preview that cannot be saved as problem details: the file, the columns, or every row error and unmapped
/// account keyed by <c>rows[line].column</c> so that a program can point at the cell.
/// </summary>
public static class LedgerProblems
{
    public static IResult From(LedgerPreview preview, IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(preview);
        if (preview.FileProblem is { } file) return ApiFieldProblem.Of(StatusCodes.Status422UnprocessableEntity, "file", file, localizer[file]);
        var errors = new Dictionary<string, List<string>>();
        var codes = new Dictionary<string, List<string>>();
        void Add(string key, string code, string message)
        {
            (errors.TryGetValue(key, out var e) ? e : errors[key] = []).Add(message);
            (codes.TryGetValue(key, out var c) ? c : codes[key] = []).Add(code);
        }
        foreach (var problem in preview.ColumnProblems) Add("columns", problem, localizer[problem]);
        foreach (var error in preview.Errors) Add($"rows[{error.Line}].{error.Column}", error.Code, localizer[error.Code, error.MessageArgs]);
        foreach (var u in preview.Unmapped) Add($"rows[{u.FirstLine}].account", "Ledger.Unmapped", localizer["Ledger.Unmapped", u.FirstLine, u.Account, u.CostCentre, u.Rows]);
        if (errors.Count == 0) Add("file", "Ledger.NoRows", localizer["Ledger.NoRows"]);
        return TypedResults.Problem($"The file has {preview.ErrorCount} row errors and {preview.Unmapped.Count} unmapped accounts; nothing was saved.",
            statusCode: StatusCodes.Status422UnprocessableEntity, extensions: new Dictionary<string, object?>
            {
                ["errors"] = errors.ToDictionary(e => e.Key, e => e.Value.ToArray()),
                ["codes"] = codes.ToDictionary(c => c.Key, c => c.Value.ToArray()),
                ["errorCount"] = preview.ErrorCount,
            });
    }
}
