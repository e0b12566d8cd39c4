using Microsoft.Extensions.Logging;

namespace TyollisyysAlue.Infrastructure.Identity;

/// <summary>An invitation or password-reset link for one person; <see cref="Link"/> is relative to the app's address.</summary>
public sealed record InvitationMessage(string Email, string Link, bool IsPasswordReset);

/// <summary>Delivers invitation and reset links: by SMTP when Mail:Host is configured (SmtpInvitationSender), else to the log.</summary>
public interface IInvitationSender
{
    Task SendAsync(InvitationMessage message, CancellationToken ct = default);
}

/// <summary>Writes the link to the log (Development and tests; the page shows it too).</summary>
public sealed partial class LoggingInvitationSender(ILogger<LoggingInvitationSender> logger) : IInvitationSender
{
    public Task SendAsync(InvitationMessage message, CancellationToken ct = default)
    {
        Log(logger, message.IsPasswordReset ? "Password reset" : "Invitation", message.Email, message.Link);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Kind} link for {Email}: {Link}")]
    private static partial void Log(ILogger logger, string kind, string email, string link);
}
