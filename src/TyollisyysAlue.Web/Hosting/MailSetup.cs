using TyollisyysAlue.Infrastructure.Identity;

namespace TyollisyysAlue.Web.Hosting;

public static class MailSetup
{
    /// <summary>With Mail:Host configured, invitation and reset links are mailed; otherwise only logged (and shown outside Production).</summary>
    public static IServiceCollection AddAppMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MailOptions>(configuration.GetSection("Mail"));
        if (!string.IsNullOrWhiteSpace(configuration["Mail:Host"]))
            services.AddSingleton<IInvitationSender, SmtpInvitationSender>();
        return services;
    }
}
