using Microsoft.Extensions.Localization;
using TyollisyysAlue.Texts;
using TyollisyysAlue.Web.Api.FollowUp;

namespace TyollisyysAlue.Web.Api;

/// <summary>
/// The part every file-import endpoint reads alike: a multipart body with the file (within the import's limit) and the
/// budget year; other fields are read from the form or the query by <see cref="Value"/>.
/// </summary>
internal sealed record FileImportRequest(IFormFile File, int Year, IFormCollection Form, HttpRequest Request)
{
    public string? Value(string name) =>
        Form.TryGetValue(name, out var v) && v.Count > 0 ? v[0] : Request.Query.TryGetValue(name, out var q) ? q[0] : null;

    /// <summary>The request, or the problem naming the field that is missing or wrong.</summary>
    public static async Task<(FileImportRequest? Read, IResult? Problem)> ReadAsync(HttpRequest request, long maxBytes, string yearMeaning,
        IStringLocalizer<SharedResource> localizer, TimeProvider clock, CancellationToken ct)
    {
        if (!request.HasFormContentType)
            return (null, ApiFieldProblem.Of(StatusCodes.Status415UnsupportedMediaType, "file", "api.multipart-required", "Send the file as multipart/form-data in a field named file."));
        var form = await request.ReadFormAsync(ct);
        if (form.Files.GetFile("file") is not { } file)
            return (null, ApiFieldProblem.Of(StatusCodes.Status400BadRequest, "file", ApiErrorCodes.Required, "The multipart field file is required."));
        if (file.Length > maxBytes)
            return (null, ApiFieldProblem.Of(StatusCodes.Status413PayloadTooLarge, "file", "Ledger.TooLarge", localizer["Ledger.TooLarge"]));
        var read = new FileImportRequest(file, 0, form, request);
        if (!int.TryParse(read.Value("year"), out var year) || !Application.Common.BudgetYears.IsPlausible(year, clock))
            return (null, ApiFieldProblem.Of(StatusCodes.Status400BadRequest, "year", "api.year-format", $"year is required: {yearMeaning}."));
        return (read with { Year = year }, null);
    }
}
