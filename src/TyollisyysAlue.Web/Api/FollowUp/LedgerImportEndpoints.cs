using TyollisyysAlue.Texts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Application.FollowUp;
using TyollisyysAlue.Application.FollowUp.Ledger;
using TyollisyysAlue.Application.Indicators.Import;
using TyollisyysAlue.Web.Localization;

namespace TyollisyysAlue.Web.Api.FollowUp;

/// <summary>
/// <c>POST /api/v1/ledger/import</c>: a finance system sends its ledger export (multipart <c>file</c>, <c>year</c>,
/// optional <c>columns</c> JSON) and gets the preview per budget line and month; with <c>commit=true</c> the bookings
/// are saved all or nothing through the write pipeline, replacing the months the file covers (idempotent per period).
/// Any row error or unmapped account: 422 problem details naming the line and column, nothing saved. Import scope.
/// </summary>
public static class LedgerImportEndpoints
{
    public static void MapLedgerImportEndpoints(this RouteGroupBuilder api) =>
        api.MapPost("/ledger/import", ImportAsync)
            .AsFileImport(LedgerImports.MaxBytes)
            .WithTags("Follow-up")
            .WithName("ImportLedger")
            .WithSummary("Preview (and with commit=true save) a ledger export (CSV or xlsx) of the token's area for a year.")
            .WithDescription("multipart/form-data: file (required), year (required), columns (JSON, optional); query or form: commit=true to save.")
            .Produces<LedgerImportResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<IResult> ImportAsync(HttpRequest request, LedgerImports imports, CommitLedgerImport commit, FollowUpQuery followUp,
        IStringLocalizer<SharedResource> localizer, TimeProvider clock, CancellationToken ct)
    {
        var (read, problem) = await FileImportRequest.ReadAsync(request, LedgerImports.MaxBytes, "the budget year the bookings belong to", localizer, clock, ct);
        if (read is null) return problem!;
        var (file, year) = (read.File, read.Year);
        string? Value(string name) => read.Value(name);
        LedgerColumns? columns = null;
        if (Value("columns") is { Length: > 0 } json && (columns = LedgerColumns.FromJson(json)) is null)
            return ApiFieldProblem.Of(StatusCodes.Status400BadRequest, "columns", "api.columns-format", "columns is JSON such as {\"account\":\"Tili\",\"costCentre\":\"Kp\",\"period\":\"Pvm\",\"amount\":\"Summa\"}.");
        var commitValue = Value("commit");
        if (commitValue is { Length: > 0 } && !bool.TryParse(commitValue, out _))
            return ApiFieldProblem.Of(StatusCodes.Status400BadRequest, "commit", "api.boolean-format", "commit must be true or false.");

        var source = new FormFileSource(file);
        var preview = await imports.PreviewAsync(source, year, columns, null, ct);
        if (!preview.CanCommit) return LedgerProblems.From(preview, localizer);
        var labels = (await followUp.LoadAsync(year, null, ct)).Lines.ToDictionary(l => l.LineId, l => l.Label);
        if (!string.Equals(commitValue, "true", StringComparison.OrdinalIgnoreCase))
            return TypedResults.Ok(LedgerImportResponse.From(preview, labels, null));
        return await commit.RunAsync(new LedgerImportForm { Year = year, File = source, Columns = preview.Columns }, ct) switch
        {
            WriteOutcome<LedgerImportForm>.Saved saved => TypedResults.Ok(LedgerImportResponse.From(preview, labels, saved.Id)),
            WriteOutcome<LedgerImportForm>.Invalid invalid => ImportProblemsOf(invalid, localizer),
            WriteOutcome<LedgerImportForm>.Forbidden => TypedResults.Problem("The API token does not have the import scope (any more).", statusCode: StatusCodes.Status403Forbidden),
            _ => TypedResults.Problem("The database could not be reached; nothing was saved.", statusCode: StatusCodes.Status503ServiceUnavailable),
        };
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult ImportProblemsOf(WriteOutcome<LedgerImportForm>.Invalid invalid, IStringLocalizer localizer) =>
        TypedResults.Problem("The file was refused; nothing was saved.", statusCode: StatusCodes.Status422UnprocessableEntity, extensions: new Dictionary<string, object?>
        {
            ["errors"] = invalid.Errors.GroupBy(e => e.PropertyName).ToDictionary(g => g.Key, g => g.Select(e => localizer[e.ErrorCode, (e.CustomState as object[]) ?? []].Value).ToArray()),
            ["codes"] = invalid.Errors.GroupBy(e => e.PropertyName).ToDictionary(g => g.Key, g => g.Select(e => e.ErrorCode).ToArray()),
        });
}
