using FluentValidation.Results;

namespace TyollisyysAlue.Infrastructure.Identity;

/// <summary>
/// The outcome of an area's creation or a password reset (Identity operations outside the write path): a link was made (<see cref="Link"/> null when an active account from
/// another area simply got the role), refused with field errors (nothing saved), or no such user in the area.
/// </summary>
public abstract record InvitationOutcome
{
    public sealed record Done(string? Link) : InvitationOutcome;
    public sealed record Invalid(IReadOnlyList<ValidationFailure> Errors) : InvitationOutcome;
    public sealed record NotFound : InvitationOutcome;
    /// <summary>The user's current role (read from the database now) does not allow this.</summary>
    public sealed record Forbidden : InvitationOutcome;

    public static Invalid Refused(string field, string code) => new([new ValidationFailure(field, code) { ErrorCode = code }]);
}
