using TyollisyysAlue.Application.Indicators.Import;
using TyollisyysAlue.Infrastructure.Imports.StatFin;

namespace TyollisyysAlue.Web.Hosting;

public static class StatFinSetup
{
    /// <summary>
    /// The Statistics Finland client: base URL and limits from "StatFin" (tests and air-gapped installations point it
    /// elsewhere), one call window for the whole instance.
    /// </summary>
    public static IServiceCollection AddStatFin(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(StatFinOptions.Section).Get<StatFinOptions>() ?? new StatFinOptions();
        services.AddSingleton(options);
        services.AddSingleton(sp => new CallWindow(options.MaxCalls, options.Window, sp.GetRequiredService<TimeProvider>()));
        services.AddHttpClient<IStatFinClient, StatFinClient>(client =>
        {
            client.Timeout = options.Timeout;
            client.DefaultRequestHeaders.UserAgent.ParseAdd("TyollisyysAlue/1.0");
        });
        return services;
    }
}
