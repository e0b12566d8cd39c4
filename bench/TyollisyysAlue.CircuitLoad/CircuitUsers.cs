using TyollisyysAlue.CircuitLoad.Browser;

namespace TyollisyysAlue.CircuitLoad;

/// <summary>Makes the simulated users of a run with the chosen driver, and owns what they share (one Chromium).</summary>
public sealed class CircuitUsers : IAsyncDisposable
{
    private readonly SharedChromium? _chromium;
    private readonly Uri _baseUrl;
    private readonly DriverKind _driver;

    private CircuitUsers(DriverKind driver, Uri baseUrl, SharedChromium? chromium) => (_driver, _baseUrl, _chromium) = (driver, baseUrl, chromium);

    public static async Task<CircuitUsers> StartAsync(DriverKind driver, Uri baseUrl) => driver switch
    {
        DriverKind.Browser => new CircuitUsers(driver, baseUrl, await SharedChromium.LaunchAsync()),
        _ => new CircuitUsers(driver, baseUrl, null),
    };

    public ICircuitUser Create(int index, CircuitUserProfile profile) => _driver switch
    {
        DriverKind.Browser => new BrowserCircuitUser(profile, _baseUrl, _chromium!, index),
        _ => new Headless.HeadlessCircuitUser(profile, _baseUrl, index),
    };

    public async ValueTask DisposeAsync()
    {
        if (_chromium is not null) await _chromium.DisposeAsync();
    }
}
