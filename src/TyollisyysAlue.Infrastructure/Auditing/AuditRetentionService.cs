using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TyollisyysAlue.Application.Auditing;
using TyollisyysAlue.Application.Feedback;

namespace TyollisyysAlue.Infrastructure.Auditing;

/// <summary>
/// Runs the retention jobs — <see cref="AuditPseudonymiser"/> and <see cref="FeedbackRetention"/> — once a day by the app's <see cref="TimeProvider"/> (first ten minutes after
/// start, off the start-up's busy moment). A failed run (say, the database is down) is logged and tried the next day;
/// a run is idempotent, so several instances of the app may run it.
/// </summary>
public sealed class AuditRetentionService(AuditPseudonymiser pseudonymiser, FeedbackRetention feedback, TimeProvider clock, ILogger<AuditRetentionService> logger) : BackgroundService
{
    public static readonly TimeSpan FirstRunAfter = TimeSpan.FromMinutes(10), Interval = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(FirstRunAfter, clock, stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                await RunOnceAsync(stoppingToken);
                await Task.Delay(Interval, clock, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
    }

    private async Task RunOnceAsync(CancellationToken ct)
    {
        try
        {
            var changed = await pseudonymiser.RunAsync(ct);
            if (changed > 0) logger.LogInformation("Audit retention: {Count} entries pseudonymised", changed);
            var deleted = await feedback.RunAsync(ct);
            if (deleted > 0) logger.LogInformation("Feedback retention: {Count} messages deleted", deleted);
        }
        catch (Exception error) when (error is Npgsql.NpgsqlException or TimeoutException or InvalidOperationException)
        {
            logger.LogWarning(error, "Audit retention: the run failed; tried again in a day");
        }
    }
}

public static class AuditRetentionSetup
{
    /// <summary>The "Audit" section (retention, pseudonym key), the "Feedback" section (retention) and the daily job.</summary>
    public static IServiceCollection AddAuditRetention(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AuditRetentionOptions>(configuration.GetSection(AuditRetentionOptions.Section));
        services.Configure<FeedbackRetentionOptions>(configuration.GetSection(FeedbackRetentionOptions.Section));
        services.AddSingleton<AuditPseudonymiser>();
        services.AddSingleton<FeedbackRetention>();
        services.AddHostedService<AuditRetentionService>();
        return services;
    }
}
