using FluentValidation.Results;

namespace TyollisyysAlue.Application.Common;

/// <summary>The outcome of saving or removing an editable row: saved, field errors, a conflict with someone else's change, or gone.</summary>
public abstract record EditOutcome<TForm>
{
    public sealed record Saved : EditOutcome<TForm>;
    public sealed record Invalid(IReadOnlyList<ValidationFailure> Errors) : EditOutcome<TForm>;
    /// <summary>Another user saved first: their values, who and when. Nothing was overwritten.</summary>
    public sealed record Conflict(TForm Theirs, string? ChangedBy, DateTimeOffset? ChangedAt) : EditOutcome<TForm>;
    public sealed record NotFound : EditOutcome<TForm>;
}

/// <summary>A refusal found on the server (one field, one resource key).</summary>
public static class Refusal
{
    public static EditOutcome<TForm> Of<TForm>(string property, string code) =>
        new EditOutcome<TForm>.Invalid([new ValidationFailure(property, code) { ErrorCode = code }]);
}
