using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace TyollisyysAlue.Web.Security;

/// <summary>
/// Failed sign-ins per account and client address (issue 11, finding 4), in place of Identity's account lockout: a
/// lockout let anyone lock any known account for 15 minutes, and its "locked until" answer told which accounts exist.
/// Here real and unknown e-mails are counted alike and get the same answer, and the count is per address too, so a
/// stranger's failures do not shut the owner out. Kept in memory (one app instance; the address limit of
/// <see cref="RateLimits"/> bounds how many keys one client can add).
/// </summary>
public sealed class SignInThrottle(TimeProvider clock, IOptions<RateLimits.Options> options)
{
    private const int MaxKeys = 100_000;
    private readonly ConcurrentDictionary<string, List<DateTimeOffset>> _failures = new(StringComparer.Ordinal);

    private TimeSpan Window => TimeSpan.FromMinutes(options.Value.SignInWindowMinutes);

    /// <summary>When the account may try again from this address, or null when it may now.</summary>
    public TimeSpan? RetryAfter(string email, string? address)
    {
        if (!_failures.TryGetValue(Key(email, address), out var times)) return null;
        var now = clock.GetUtcNow();
        lock (times)
        {
            times.RemoveAll(t => now - t >= Window);
            return times.Count >= options.Value.FailuresPerAccount ? times[0] + Window - now : null;
        }
    }

    public void Failed(string email, string? address)
    {
        if (_failures.Count > MaxKeys) Prune();
        var times = _failures.GetOrAdd(Key(email, address), _ => []);
        lock (times) times.Add(clock.GetUtcNow());
    }

    public void Succeeded(string email, string? address) => _failures.TryRemove(Key(email, address), out _);

    private static string Key(string email, string? address) => email.Trim().ToUpperInvariant() + "|" + (address ?? "unknown");

    private void Prune()
    {
        var now = clock.GetUtcNow();
        foreach (var (key, times) in _failures)
        {
            lock (times)
                if (times.Count == 0 || now - times[^1] >= Window) _failures.TryRemove(key, out _);
        }
    }
}
