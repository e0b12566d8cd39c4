using FluentValidation.Results;

namespace TyollisyysAlue.Application.Memberships;

/// <summary>The outcome of a membership change: saved, refused with field errors (nothing saved), or not found.</summary>
public abstract record MembershipOutcome
{
    public sealed record Saved(Guid MembershipId) : MembershipOutcome;
    public sealed record Invalid(IReadOnlyList<ValidationFailure> Errors) : MembershipOutcome;
    public sealed record NotFound : MembershipOutcome;

    /// <summary>One refusal on one field; <paramref name="args"/> fill the translated message's placeholders.</summary>
    public static Invalid Refused(string field, string code, params object[] args) =>
        new([new ValidationFailure(field, code) { ErrorCode = code, CustomState = args.Length == 0 ? null : args }]);
}
