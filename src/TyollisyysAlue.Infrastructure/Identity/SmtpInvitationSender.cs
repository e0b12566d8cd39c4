using System.Net;
using System.Net.Mail;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TyollisyysAlue.Texts;

namespace TyollisyysAlue.Infrastructure.Identity;

/// <summary>Mail settings (section "Mail"). Without a host no mail is sent and links go to the log only.</summary>
public sealed class MailOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 25;
    public bool EnableSsl { get; set; }
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "tyollisyysalue@localhost";
    /// <summary>The app's public address, e.g. https://tyollisyysalue.example.fi: links in mail must be absolute.</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";
}

/// <summary>Sends invitation and password-reset links by SMTP, in Finnish and Swedish (the link itself is never logged).</summary>
public sealed partial class SmtpInvitationSender(IOptions<MailOptions> options, ILogger<SmtpInvitationSender> logger) : IInvitationSender
{
    public async Task SendAsync(InvitationMessage message, CancellationToken ct = default)
    {
        var o = options.Value;
        var link = new Uri(new Uri(o.PublicBaseUrl), message.Link).ToString();
        // The recipient's language is not known before they sign in: the mail is in Finnish and Swedish, Finland's two.
        var kind = message.IsPasswordReset ? "Mail.Reset" : "Mail.Invitation";
        var (fi, sv) = (TextTable.In(TextTable.Finnish), TextTable.In(TextTable.Swedish));
        var subject = $"{fi[kind + ".Subject"]} / {sv[kind + ".Subject"]}";
        var body = $"{fi[kind + ".Body"]}\n{link}\n\n{sv[kind + ".Body"]}\n{link}\n";
        using var mail = new MailMessage(o.From, message.Email, subject, body);
        using var client = new SmtpClient(o.Host, o.Port) { EnableSsl = o.EnableSsl };
        if (!string.IsNullOrEmpty(o.UserName)) client.Credentials = new NetworkCredential(o.UserName, o.Password);
        await client.SendMailAsync(mail, ct);
        Sent(logger, message.IsPasswordReset ? "Password reset" : "Invitation", message.Email);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Kind} mail sent to {Email}")]
    private static partial void Sent(ILogger logger, string kind, string email);
}
