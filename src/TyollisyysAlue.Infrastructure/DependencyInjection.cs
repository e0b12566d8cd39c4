using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Infrastructure.Database;
using TyollisyysAlue.Infrastructure.Persistence;
using TyollisyysAlue.Infrastructure.Persistence.Auditing;
using TyollisyysAlue.Infrastructure.Persistence.Tenancy;
using TyollisyysAlue.Infrastructure.Seeding;

namespace TyollisyysAlue.Infrastructure;

public static class DependencyInjection
{
    /// <summary>
    /// Data services. <see cref="DatabaseConnections"/> must be registered by the host: it is known only after
    /// the database has been provisioned, which happens when the app starts (see the Web project's DatabaseStartup).
    /// </summary>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<AreaSessionInterceptor>();
        services.AddSingleton<AuditInterceptor>();
        // Scoped factory: contexts see the circuit's/request's AreaContext; each operation gets its own context.
        services.AddDbContextFactory<AppDbContext>((sp, options) => options
            .UseAppDatabase(sp.GetRequiredService<DatabaseConnections>().App)
            .AddInterceptors(sp.GetRequiredService<AreaSessionInterceptor>(), sp.GetRequiredService<AuditInterceptor>())
            .AddInterceptors(sp.GetServices<Persistence.Diagnostics.SqlCommandLog>()), // only where a test or the bench counts SQL
            ServiceLifetime.Scoped);
        services.AddScoped<IAppDbContextFactory, AppDbContextFactory>();
        services.AddScoped<Application.Common.Writing.ICurrentRights, Identity.CurrentRights>();
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<DemoPlanSeeder>();
        services.AddScoped<Identity.AreaUsersQuery>();
        services.AddScoped<Application.Common.People.IPersonNames, Identity.PersonNames>();
        services.AddScoped<Identity.AreaInvitations>();
        services.AddScoped<Identity.InvitationAccounts>();
        services.AddScoped<Application.Users.IAreaAccounts, Identity.AreaAccounts>();
        services.AddScoped<Identity.SystemAreaCreation>();
        services.AddSingleton<Identity.SessionRevocations>();
        services.AddScoped<Application.Common.Writing.IUserSessions, Identity.UserSessions>();
        services.AddSingleton<Identity.IInvitationSender, Identity.LoggingInvitationSender>();
        services.AddSingleton<Application.Indicators.ICsvTableReader, Imports.CsvTableReader>();
        services.AddSingleton<Application.Indicators.Import.IStatTableReader, Imports.StatTables.StatTableReader>();
        services.AddSingleton<Application.Plans.Import.IPlanFileReader, Imports.Plans.PlanFileReader>();
        services.AddSingleton<Application.FollowUp.Ledger.ILedgerFileReader, Imports.Ledger.LedgerFileReader>();
        services.AddSingleton<Application.FollowUp.Ledger.ILedgerEntryWriter, Imports.Ledger.LedgerEntryWriter>();
        services.AddDataProtection().SetApplicationName("TyollisyysAlue").PersistKeysToDbContext<AppDbContext>();
        return services;
    }
}
