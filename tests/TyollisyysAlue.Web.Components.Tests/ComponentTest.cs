using TyollisyysAlue.Texts;
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
        var finnish = Formats.CultureOf(CultureSetup.Finnish);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = finnish;
        JSInterop.Mode = JSRuntimeMode.Loose;
        // The machine is shared and busy: a render that takes a few seconds is not a failure.
        DefaultWaitTimeout = TimeSpan.FromSeconds(20);
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

/// <summary>Waits (WaitForAssertion) park a thread each: a few more threads from the start keep the renderer running.</summary>
internal static class ThreadPoolSetup
{
    [System.Runtime.CompilerServices.ModuleInitializer]
    internal static void RaiseMinThreads()
    {
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, Environment.ProcessorCount * 4), io);
    }
}
