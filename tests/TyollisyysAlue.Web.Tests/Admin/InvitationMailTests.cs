using System.Net.Mail;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using TyollisyysAlue.Infrastructure.Identity;

namespace TyollisyysAlue.Web.Tests.Admin;

[Collection(AppCollection.Name)]
public class InvitationMailTests(AppFixture app)
{
    [Fact]
    public async Task With_a_mail_host_configured_the_invitation_is_mailed_with_an_absolute_link()
    {
        using var smtp = new SmtpStub();
        await using var withMail = app.Factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Mail:Host", "127.0.0.1");
            builder.UseSetting("Mail:Port", smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("Mail:From", "tyollisyysalue@example.fi");
            builder.UseSetting("Mail:PublicBaseUrl", "https://tyollisyysalue.example.fi");
        });
        var sender = withMail.Services.GetRequiredService<IInvitationSender>();
        Assert.IsType<SmtpInvitationSender>(sender);

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var received = smtp.ReceiveOneAsync(timeout.Token);
        await sender.SendAsync(new InvitationMessage("new.planner@example.fi", "/account/accept-invitation?email=x&token=y", IsPasswordReset: false), timeout.Token);
        var message = await received;

        Assert.Contains("To: new.planner@example.fi", message, StringComparison.Ordinal);
        // The body may be quoted-printable/base64 encoded by SmtpClient; decode what it says.
        var text = Decode(message);
        Assert.Contains("https://tyollisyysalue.example.fi/account/accept-invitation?email=x&token=y", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_mail_host_links_are_only_logged() =>
        Assert.IsType<LoggingInvitationSender>(app.Factory.Services.GetRequiredService<IInvitationSender>());

    private static string Decode(string raw)
    {
        raw = raw.Replace("\r\n", "\n", StringComparison.Ordinal);
        var body = raw[(raw.IndexOf("\n\n", StringComparison.Ordinal) is var i and >= 0 ? i + 2 : 0)..];
        if (raw.Contains("Content-Transfer-Encoding: base64", StringComparison.OrdinalIgnoreCase))
            return Encoding.UTF8.GetString(Convert.FromBase64String(string.Concat(body.Where(c => !char.IsWhiteSpace(c)))));
        if (raw.Contains("quoted-printable", StringComparison.OrdinalIgnoreCase))
            return System.Text.RegularExpressions.Regex.Replace(body.Replace("=\n", "", StringComparison.Ordinal), "=([0-9A-F]{2})",
                m => ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString());
        return body;
    }
}
