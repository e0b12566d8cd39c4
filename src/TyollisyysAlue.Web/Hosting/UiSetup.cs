using MudBlazor.Services;

namespace TyollisyysAlue.Web.Hosting;

public static class UiSetup
{
    public static IServiceCollection AddAppUi(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddScoped<Components.Prerendering.CircuitScope>();
        services.AddScoped<Components.Prerendering.PrerenderHandoff>();
        services.AddSingleton<Components.Prerendering.PrerenderedObjects>();
        services.AddScoped<Components.Shared.WriteFeedback>();
        // Write Finnish and Swedish letters as themselves, not as &#xE4; entities.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(options =>
            options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        return services;
    }
}
