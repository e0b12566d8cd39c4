using FluentValidation.Results;

namespace TyollisyysAlue.Application.Common.Writing;

/// <summary>
/// The one answer every write gives (see <see cref="WritePipeline"/>). <typeparamref name="TTheirs"/> is what a
/// conflict view shows of the other person's saved state — usually the editor's own form type.
/// </summary>
public abstract record WriteOutcome<TTheirs>
{
    /// <summary>Saved. <see cref="Id"/> is the subject row's key, <see cref="Version"/> its new row version (0 when removed).</summary>
    public sealed record Saved(Guid Id, uint Version) : WriteOutcome<TTheirs>;

    /// <summary>Refused: field errors whose <c>ErrorCode</c> is a resource key and whose <c>CustomState</c> (object[]) holds its arguments.</summary>
    public sealed record Invalid(IReadOnlyList<ValidationFailure> Errors) : WriteOutcome<TTheirs>;

    /// <summary>Someone saved first: their state (when it could be read), who (their name, from IPersonNames) and when. Nothing was overwritten.</summary>
    public sealed record Conflict(TTheirs? Theirs, string? ChangedBy, DateTimeOffset? ChangedAt) : WriteOutcome<TTheirs>;

    /// <summary>The row (or its parent) no longer exists.</summary>
    public sealed record Gone : WriteOutcome<TTheirs>;

    /// <summary>The user's current role in the area (read from the database at this moment) does not allow this write.</summary>
    public sealed record Forbidden : WriteOutcome<TTheirs>;

    /// <summary>The database could not be reached: nothing was saved; the editor keeps the typed values for a retry.</summary>
    public sealed record Unavailable : WriteOutcome<TTheirs>;

    public bool IsSaved => this is Saved;
}

/// <summary>Field errors built on the server (rules that need the database), in the shape validators produce.</summary>
public static class FieldError
{
    public static ValidationFailure Of(string property, string code, params object[] args) =>
        new(property, code) { ErrorCode = code, CustomState = args.Length == 0 ? null : args };
}
