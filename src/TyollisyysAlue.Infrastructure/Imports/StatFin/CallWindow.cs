namespace TyollisyysAlue.Infrastructure.Imports.StatFin;

/// <summary>
/// At most <paramref name="maxCalls"/> calls in any <paramref name="window"/> (a sliding window, shared by every user
/// of the instance, as the service counts calls per client address): a call over the limit waits its turn.
/// </summary>
public sealed class CallWindow(int maxCalls, TimeSpan window, TimeProvider clock) : IDisposable
{
    private readonly Queue<DateTimeOffset> _calls = new();
    private readonly SemaphoreSlim _turn = new(1, 1);

    public async Task WaitAsync(CancellationToken ct)
    {
        await _turn.WaitAsync(ct);
        try
        {
            while (true)
            {
                var now = clock.GetUtcNow();
                while (_calls.Count > 0 && now - _calls.Peek() >= window) _calls.Dequeue();
                if (_calls.Count < maxCalls)
                {
                    _calls.Enqueue(now);
                    return;
                }
                await Task.Delay(_calls.Peek() + window - now, clock, ct);
            }
        }
        finally
        {
            _turn.Release();
        }
    }

    public void Dispose() => _turn.Dispose();
}
