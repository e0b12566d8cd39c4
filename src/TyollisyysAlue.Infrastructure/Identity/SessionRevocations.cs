namespace TyollisyysAlue.Infrastructure.Identity;

/// <summary>
/// In-process signal "this user's sessions ended": each live circuit's authentication state provider listens for its
/// own user and re-checks at once, so that an open tab loses its rights now rather than at the next periodic check.
/// One app instance: a second instance would learn it by the periodic re-check and by the cookie check of its next request.
/// </summary>
public sealed class SessionRevocations
{
    public event Action<Guid>? Ended;

    public void Raise(Guid userId) => Ended?.Invoke(userId);
}
