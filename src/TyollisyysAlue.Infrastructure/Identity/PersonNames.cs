using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common.People;
using TyollisyysAlue.Infrastructure.Persistence;

namespace TyollisyysAlue.Infrastructure.Identity;

/// <summary>
/// Names from the (global) user accounts, one query per look-up for everything not already known. Scoped: a request
/// or a circuit keeps what it looked up for <see cref="Fresh"/>, so one page's panels share a query while a renamed
/// person shows their new name on the next load.
/// </summary>
public sealed class PersonNames(IDbContextFactory<AppDbContext> contexts, TimeProvider clock) : IPersonNames, IDisposable
{
    /// <summary>How long a circuit trusts a name it looked up: long enough for one page, short enough for a rename.</summary>
    public static readonly TimeSpan Fresh = TimeSpan.FromSeconds(30);

    private readonly Dictionary<string, (PersonName? Person, DateTimeOffset At)> _bySignInName = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, (PersonName? Person, DateTimeOffset At)> _byId = [];
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<PersonNameBook> LookUpAsync(IEnumerable<string?> signInNames, IEnumerable<Guid?>? userIds = null, CancellationToken ct = default)
    {
        var names = signInNames.OfType<string>().Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var ids = (userIds ?? []).OfType<Guid>().Distinct().ToList();
        await _gate.WaitAsync(ct);
        try
        {
            var now = clock.GetUtcNow();
            var missingNames = names.Where(n => !_bySignInName.TryGetValue(n, out var known) || now - known.At > Fresh).ToList();
            var missingIds = ids.Where(i => !_byId.TryGetValue(i, out var known) || now - known.At > Fresh).ToList();
            if (missingNames.Count > 0 || missingIds.Count > 0) await LoadAsync(missingNames, missingIds, now, ct);
            return new PersonNameBook(
                names.Where(n => _bySignInName[n].Person is not null).ToDictionary(n => n, n => _bySignInName[n].Person!, StringComparer.Ordinal),
                ids.Where(i => _byId[i].Person is not null).ToDictionary(i => i, i => _byId[i].Person!));
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private async Task LoadAsync(List<string> signInNames, List<Guid> ids, DateTimeOffset now, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var users = await db.Users.AsNoTracking()
            .Where(u => (u.UserName != null && signInNames.Contains(u.UserName)) || ids.Contains(u.Id))
            .Select(u => new { u.Id, u.UserName, u.Email, u.DisplayName })
            .ToListAsync(ct);
        foreach (var name in signInNames) _bySignInName[name] = (null, now);
        foreach (var id in ids) _byId[id] = (null, now);
        foreach (var user in users)
        {
            var person = new PersonName(PersonNameBook.NameOf(user.DisplayName, user.Email ?? user.UserName), user.Email);
            _byId[user.Id] = (person, now);
            if (user.UserName is { } signIn && signInNames.Contains(signIn)) _bySignInName[signIn] = (person, now);
        }
    }
}
