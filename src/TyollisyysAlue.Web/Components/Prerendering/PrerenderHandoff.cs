using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Caching.Memory;
using TyollisyysAlue.Application.Common;

namespace TyollisyysAlue.Web.Components.Prerendering;

/// <summary>
/// Hands what prerendering loaded to the interactive render that follows it (a new circuit), so that a navigation
/// runs its queries once. The loaded object stays on the server, in <see cref="PrerenderedObjects"/> for a moment and
/// tied to the user; only a one-time ticket travels in the page through <see cref="PersistentComponentState"/>
/// (protected by Data Protection). Why not the objects themselves: they are domain objects (private setters, value
/// objects) that JSON would not round-trip, and the page would carry them twice. Without a ticket (a plain request,
/// a later navigation in the circuit, another server, an expired entry) the object is simply loaded.
/// </summary>
public sealed class PrerenderHandoff(PersistentComponentState state, PrerenderedObjects objects, CircuitScope scope, AreaContext area)
    : IDisposable
{
    private readonly Dictionary<string, (Guid User, object Value)> _offered = [];
    private PersistingComponentStateSubscription? _subscription;

    /// <summary>
    /// The value prerendering loaded under <paramref name="key"/> for this user, taken once; else <paramref name="load"/>.
    /// The key names what was loaded and for which parameters (area, year…), so a different page state never matches.
    /// </summary>
    public async Task<T> LoadOnceAsync<T>(string key, Guid user, Func<Task<T>> load) where T : class?
    {
        if (scope.IsCircuit)
        {
            if (state.TryTakeFromJson<string>(key, out var ticket) && ticket is not null && objects.Take(ticket, user) is T handed)
                return handed;
            return await load();
        }
        var value = await load();
        if (value is not null) Offer(key, user, value);
        return value;
    }

    /// <summary>
    /// As <see cref="LoadOnceAsync{T}(string, Guid, Func{Task{T}})"/> for data of the entered area: the key is
    /// <paramref name="what"/> (component and parameters) in this area, for the area context's user.
    /// </summary>
    public Task<T> LoadOnceInAreaAsync<T>(string what, Func<Task<T>> load) where T : class?
    {
        var areaId = area.AreaId ?? throw new InvalidOperationException($"Enter the area before loading {what}.");
        return LoadOnceAsync($"{areaId:N}:{what}", area.UserId ?? Guid.Empty, load);
    }

    /// <summary>Kept until the prerendered page persists its state; the callback runs only if it does.</summary>
    private void Offer(string key, Guid user, object value)
    {
        _offered[key] = (user, value);
        _subscription ??= state.RegisterOnPersisting(PersistTickets, RenderMode.InteractiveServer);
    }

    private Task PersistTickets()
    {
        foreach (var (key, (user, value)) in _offered)
        {
            if (objects.Keep(user, value) is { } ticket) state.PersistAsJson(key, ticket);
        }
        return Task.CompletedTask;
    }

    public void Dispose() => _subscription?.Dispose();
}

/// <summary>
/// Objects between a prerendering and its circuit: a bounded memory cache (the circuit normally connects within a
/// second; prerender-only clients such as the load script never collect theirs, so entries expire and the store is
/// capped rather than growing).
/// </summary>
public sealed class PrerenderedObjects : IDisposable
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 512 });

    private sealed record Entry(Guid User, object Value);

    /// <summary>The ticket, or null when the store is full.</summary>
    internal string? Keep(Guid user, object value)
    {
        var ticket = Guid.NewGuid().ToString("N");
        _cache.Set(ticket, new Entry(user, value), new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Lifetime });
        return _cache.TryGetValue(ticket, out _) ? ticket : null;
    }

    internal object? Take(string ticket, Guid user)
    {
        if (!_cache.TryGetValue(ticket, out Entry? entry) || entry is null) return null;
        _cache.Remove(ticket);
        return entry.User == user ? entry.Value : null;
    }

    public void Dispose() => _cache.Dispose();
}
