using MudBlazor.Services;

namespace TyollisyysAlue.Web.Hosting;

public static class UiSetup
{
    public static IServiceCollection AddAppUi(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        return services;
    }
}
