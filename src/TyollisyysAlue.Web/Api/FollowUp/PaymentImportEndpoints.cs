using Microsoft.Extensions.Localization;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Application.FollowUp.Payments.Import;
using TyollisyysAlue.Texts;

namespace TyollisyysAlue.Web.Api.FollowUp;

/// <summary>
/// <c>POST /api/v1/payments/import</c>: an accounts-receivable system sends its export of payments received (multipart
/// <c>file</c>, <c>year</c>, optional <c>columns</c> JSON) and gets the preview; with <c>commit=true</c> the new payments
/// are saved all or nothing through the write pipeline. References already recorded are skipped, so sending the same
/// file again saves nothing (422 "nothing new"). Any row error: 422 problem details naming the row, nothing saved.
/// </summary>
public static class PaymentImportEndpoints
{
    public sealed record PaymentImportResponse(string FileName, int Year, int Payments, decimal Total, int Skipped, bool Saved);

    public static void MapPaymentImportEndpoints(this RouteGroupBuilder api) =>
        api.MapPost("/payments/import", ImportAsync)
            .AsFileImport(PaymentImports.MaxBytes)
            .WithTags("Follow-up")
            .WithName("ImportPayments")
            .WithSummary("Preview (and with commit=true save) an accounts-receivable export of payments received from the token's area's members.")
            .WithDescription("multipart/form-data: file (required), year (required), columns (JSON {member,date,amount,reference}, optional); commit=true to save.")
            .Produces<PaymentImportResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<IResult> ImportAsync(HttpRequest request, PaymentImports imports, CommitPaymentImport commit,
        IStringLocalizer<SharedResource> localizer, TimeProvider clock, CancellationToken ct)
    {
        var (read, problem) = await FileImportRequest.ReadAsync(request, PaymentImports.MaxBytes, "the budget year the payments are for", localizer, clock, ct);
        if (read is null) return problem!;
        var (file, year) = (read.File, read.Year);
        string? Value(string name) => read.Value(name);
        PaymentColumns? columns = null;
        if (Value("columns") is { Length: > 0 } json && (columns = PaymentColumns.FromJson(json)) is null)
            return ApiFieldProblem.Of(StatusCodes.Status400BadRequest, "columns", "api.columns-format", "columns is JSON such as {\"member\":\"Asiakas\",\"date\":\"Pvm\",\"amount\":\"Summa\",\"reference\":\"Viite\"}.");

        var source = new FormFileSource(file);
        var preview = await imports.PreviewAsync(source, year, columns, ct);
        var response = new PaymentImportResponse(preview.FileName, year, preview.Payments.Count, preview.Total, preview.Skipped.Count, false);
        if (preview.Refusal() is { Count: > 0 } refusal) return Refused(refusal, localizer);
        if (!string.Equals(Value("commit"), "true", StringComparison.OrdinalIgnoreCase)) return TypedResults.Ok(response);
        return await commit.RunAsync(new PaymentImportForm { Year = year, File = source, Columns = preview.Columns }, ct) switch
        {
            WriteOutcome<PaymentImportForm>.Saved => TypedResults.Ok(response with { Saved = true }),
            WriteOutcome<PaymentImportForm>.Invalid invalid => Refused(invalid.Errors, localizer),
            WriteOutcome<PaymentImportForm>.Forbidden => TypedResults.Problem("The API token does not have the import scope (any more).", statusCode: StatusCodes.Status403Forbidden),
            _ => TypedResults.Problem("The database could not be reached; nothing was saved.", statusCode: StatusCodes.Status503ServiceUnavailable),
        };
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Refused(IEnumerable<FluentValidation.Results.ValidationFailure> errors, IStringLocalizer localizer) =>
        TypedResults.Problem("The file was refused; nothing was saved.", statusCode: StatusCodes.Status422UnprocessableEntity, extensions: new Dictionary<string, object?>
        {
            ["errors"] = errors.GroupBy(e => e.PropertyName).ToDictionary(g => g.Key, g => g.Select(e => localizer[e.ErrorCode, (e.CustomState as object[]) ?? []].Value).ToArray()),
            ["codes"] = errors.GroupBy(e => e.PropertyName).ToDictionary(g => g.Key, g => g.Select(e => e.ErrorCode).ToArray()),
        });
}
