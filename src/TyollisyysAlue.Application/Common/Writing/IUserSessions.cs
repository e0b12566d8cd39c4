namespace TyollisyysAlue.Application.Common.Writing;

/// <summary>
/// Ends every signed-in session of a user (issue 11, findings 1 and 5): renews the account's security stamp, which the
/// sign-in cookie is checked against on every request, and tells the user's live circuits at once. Called by the write
/// pipeline after a saved write that took rights away (<see cref="WriteContext.EndSessionsOf"/>) and by sign-out.
/// </summary>
public interface IUserSessions
{
    Task EndAsync(Guid userId, CancellationToken ct);
}
