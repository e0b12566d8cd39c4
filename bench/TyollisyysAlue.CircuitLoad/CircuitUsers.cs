using TyollisyysAlue.CircuitLoad.Browser;

namespace TyollisyysAlue.CircuitLoad;

/// <summary>Makes the simulated users of a run with the chosen driver, and owns what they share (one Chromium).</summary>
public sealed class CircuitUsers : IAsyncDisposable
{
    private readonly SharedChromium? _chromium;
    private readonly Uri _baseUrl;
    private readonly DriverKind _driver;

    private CircuitUsers(DriverKind driver, Uri baseUrl, SharedChromium? chromium) => (_driver, _baseUrl, _chromium) = (driver, baseUrl, chromium);

    /// <summary>Whether this build has the driver (the headless one comes with its own branch).</summary>
    public static bool Has(DriverKind driver) => driver == DriverKind.Browser || HeadlessAvailable;

    // MERGE: set to true when bench/TyollisyysAlue.CircuitLoad/Headless/ is merged, and see Create below.
    private const bool HeadlessAvailable = false;

    public static async Task<CircuitUsers> StartAsync(DriverKind driver, Uri baseUrl) => driver switch
    {
        DriverKind.Browser => new CircuitUsers(driver, baseUrl, await SharedChromium.LaunchAsync()),
        _ => new CircuitUsers(driver, baseUrl, null),
    };

    public ICircuitUser Create(int index, CircuitUserProfile profile) => _driver switch
    {
        DriverKind.Browser => new BrowserCircuitUser(profile, _baseUrl, _chromium!, index),
        // MERGE: the headless driver plugs in here: new Headless.HeadlessCircuitUser(profile, _baseUrl)
        _ => throw new NotSupportedException("The headless driver is not in this build (bench/TyollisyysAlue.CircuitLoad/Headless/)."),
    };

    public async ValueTask DisposeAsync()
    {
        if (_chromium is not null) await _chromium.DisposeAsync();
    }
}
