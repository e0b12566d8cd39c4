using TyollisyysAlue.Texts;
using TyollisyysAlue.Domain.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Application.Indicators.Import;
using TyollisyysAlue.Web.Localization;

namespace TyollisyysAlue.Web.Api.Indicators;

/// <summary>
/// <c>POST /api/v1/indicators/import</c>: a program sends a PxWeb export or a Kela file (multipart field <c>file</c>,
/// optional <c>mapping</c> JSON, <c>indicator</c>, <c>year</c>) and gets the same preview the UI shows; with
/// <c>commit=true</c> the values are saved all or nothing through the write pipeline and audited in the token's name.
/// Needs a token of the import scope. Every bad input is problem details naming the field, row or cell.
/// </summary>
public static class IndicatorImportEndpoints
{
    public static void MapIndicatorImportEndpoints(this RouteGroupBuilder api) =>
        api.MapPost("/indicators/import", ImportAsync)
            .AsFileImport(ImportLimits.MaxBytes)
            .WithTags("Indicators")
            .WithName("ImportIndicators")
            .WithSummary("Preview (and with commit=true save) an indicator file of the token's area: PxWeb CSV, json or JSON-stat, or a mapped flat file.")
            // No Accepts metadata: a request of another content type must reach the handler for its 415 problem, not route away.
            .WithDescription("multipart/form-data: file (required), mapping (JSON, optional), indicator, year; query or form: commit=true to save.")
            .Produces<ImportResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<IResult> ImportAsync(HttpRequest request, IndicatorImports imports, CommitIndicatorImport commit,
        IStringLocalizer<SharedResource> localizer, TimeProvider clock, CancellationToken ct)
    {
        if (!request.HasFormContentType)
            return Field(StatusCodes.Status415UnsupportedMediaType, "file", "api.multipart-required", "Send the file as multipart/form-data in a field named file.");
        var form = await request.ReadFormAsync(ct);
        if (form.Files.GetFile("file") is not { } file)
            return Field(StatusCodes.Status400BadRequest, "file", ApiErrorCodes.Required, "The multipart field file is required.");
        if (file.Length > ImportLimits.MaxBytes)
            return Field(StatusCodes.Status413PayloadTooLarge, "file", "Import.TooLarge", $"The file is larger than the limit of {ImportLimits.MaxBytes / (1024 * 1024)} MB.");
        string? Value(string name) => form.TryGetValue(name, out var v) && v.Count > 0 ? v[0] : request.Query.TryGetValue(name, out var q) ? q[0] : null;

        ImportMapping? mapping = null;
        if (Value("mapping") is { Length: > 0 } json && (mapping = ImportMapping.FromJson(json)) is null)
            return Field(StatusCodes.Status400BadRequest, "mapping", "Import.BadMapping", "mapping is not an import mapping (JSON with area, time, content, targets, include).");
        int? year = null;
        if (Value("year") is { Length: > 0 } y)
        {
            if (!int.TryParse(y, out var parsed) || !BudgetYears.IsPlausible(parsed, clock))
                return Field(StatusCodes.Status400BadRequest, "year", "api.year-format", "year must be a year such as the one the file's periods are in.");
            year = parsed;
        }
        var commitValue = Value("commit");
        if (commitValue is { Length: > 0 } && !bool.TryParse(commitValue, out _))
            return Field(StatusCodes.Status400BadRequest, "commit", "api.boolean-format", "commit must be true or false.");

        var preview = await imports.PreviewAsync(new FormFileSource(file), new ImportRequest(mapping, Value("indicator"), year), ct);
        var plan = preview.Plan;
        if (plan.Problems.Count > 0)
            return ImportProblems.From(plan, localizer);
        if (!string.Equals(commitValue, "true", StringComparison.OrdinalIgnoreCase))
            return TypedResults.Ok(ImportResponse.From(preview, saved: null));
        if (!plan.CanImport) return TypedResults.Ok(ImportResponse.From(preview, saved: 0));

        var today = HelsinkiTime.DayOf(clock.GetUtcNow());
        var importForm = IndicatorImportForm.From(plan, preview.SourceText(today));
        return await commit.RunAsync(importForm, ct) switch
        {
            WriteOutcome<IndicatorImportForm>.Saved => TypedResults.Ok(ImportResponse.From(preview, importForm.Values.Count)),
            WriteOutcome<IndicatorImportForm>.Invalid invalid => ImportProblems.Refused(invalid.Errors, localizer),
            WriteOutcome<IndicatorImportForm>.Forbidden => TypedResults.Problem("The API token does not have the import scope (any more).", statusCode: StatusCodes.Status403Forbidden),
            _ => TypedResults.Problem("The database could not be reached; nothing was saved.", statusCode: StatusCodes.Status503ServiceUnavailable),
        };
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Field(int status, string field, string code, string message) =>
        TypedResults.Problem(message, statusCode: status, extensions: new Dictionary<string, object?>
        {
            ["errors"] = new Dictionary<string, string[]> { [field] = [message] },
            ["codes"] = new Dictionary<string, string[]> { [field] = [code] },
        });

    /// <summary>A form file read as often as the import needs (the form's buffered body).</summary>
    private sealed class FormFileSource(IFormFile file) : IImportSource
    {
        public string Name => Path.GetFileName(file.FileName) is { Length: > 0 } name ? name : "file";
        public long Length => file.Length;
        public Stream Open() => file.OpenReadStream();
    }
}
