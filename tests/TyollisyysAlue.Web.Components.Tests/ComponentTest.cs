using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using MudBlazor;
using MudBlazor.Services;
using TyollisyysAlue.Web.Components.Shared;
using TyollisyysAlue.Web.Localization;

namespace TyollisyysAlue.Web.Components.Tests;

/// <summary>
/// The shared base of the component tests (as MudBlazor's own BunitTest): MudBlazor's services, the app's
/// localization with the strings.tsv resources in Finnish, a simple area context for a planner, the write feedback
/// every editor uses, and JavaScript answered loosely (no browser here).
/// </summary>
public abstract class ComponentTest : BunitContext, IAsyncLifetime
{
    protected ComponentTest()
    {
        var finnish = CultureSetup.FinnishFormatted(CultureSetup.Finnish);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = finnish;
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddAppLocalization();
        Services.AddScoped<WriteFeedback>();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>MudBlazor's services are only asynchronously disposable: xUnit disposes the context this way first.</summary>
    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    /// <summary>The translated text of a resource key, as the component under test shows it.</summary>
    protected string Text(string key, params object[] args) =>
        Services.GetRequiredService<IStringLocalizer<SharedResource>>()[key, args].Value;

    /// <summary>MudBlazor's popovers (selects, date pickers) need the provider the app's layout has.</summary>
    protected void RenderProviders() => Render<MudPopoverProvider>();
}
