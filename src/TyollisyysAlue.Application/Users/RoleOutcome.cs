using FluentValidation.Results;

namespace TyollisyysAlue.Application.Users;

/// <summary>The outcome of a role change: saved, refused with a reason (nothing saved), or no such user in the area.</summary>
public abstract record RoleOutcome
{
    public sealed record Saved : RoleOutcome;
    public sealed record Invalid(IReadOnlyList<ValidationFailure> Errors) : RoleOutcome;
    public sealed record NotFound : RoleOutcome;

    /// <summary>One refusal; the code is a resource key the UI translates.</summary>
    public static Invalid Refused(string field, string code) => new([new ValidationFailure(field, code) { ErrorCode = code }]);
}
