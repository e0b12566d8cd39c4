namespace TyollisyysAlue.CircuitLoad.Headless;

/// <summary>
/// Remembers the node named by the <c>X-Node</c> header of each response the user's HttpClient receives (sign-in, the
/// page whose prerender precedes the circuit, downloads). Behind nginx the first of them sets the affinity cookie that
/// the circuit's WebSocket then carries, so the circuit lives on the node named last. A response without the header
/// (one server without <c>Hosting:NodeName</c>) leaves it as it was: null for a whole single-server run.
/// </summary>
internal sealed class ServingNodeHandler : DelegatingHandler
{
    public const string Header = "X-Node";

    private volatile string? _node;

    public string? Node => _node;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (response.Headers.TryGetValues(Header, out var names) && names.FirstOrDefault() is { Length: > 0 } name) _node = name;
        return response;
    }
}
