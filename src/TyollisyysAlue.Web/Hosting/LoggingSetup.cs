using Serilog;
using Serilog.Formatting.Compact;

namespace TyollisyysAlue.Web.Hosting;

public static class LoggingSetup
{
    /// <summary>Serilog: readable console in Development, JSON lines elsewhere (for log collectors).</summary>
    public static WebApplicationBuilder AddAppLogging(this WebApplicationBuilder builder)
    {
        var development = builder.Environment.IsDevelopment();
        builder.Services.AddSerilog((services, log) =>
        {
            log.ReadFrom.Configuration(builder.Configuration).ReadFrom.Services(services).Enrich.FromLogContext();
            if (development)
                log.WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}",
                    formatProvider: System.Globalization.CultureInfo.InvariantCulture);
            else
                log.WriteTo.Console(new RenderedCompactJsonFormatter());
        });
        return builder;
    }
}
