using System.Net;
using System.Net.Sockets;
using System.Text;

namespace TyollisyysAlue.Web.Tests.Admin;

/// <summary>A minimal SMTP server on 127.0.0.1 that accepts one message and keeps its DATA (for mail tests only).</summary>
internal sealed class SmtpStub : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);

    public SmtpStub() => _listener.Start();

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public async Task<string> ReceiveOneAsync(CancellationToken ct)
    {
        using var client = await _listener.AcceptTcpClientAsync(ct);
        using var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.ASCII);
        using var writer = new StreamWriter(stream, Encoding.ASCII) { AutoFlush = true, NewLine = "\r\n" };
        await writer.WriteLineAsync("220 stub");
        var data = new StringBuilder();
        var inData = false;
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            if (inData)
            {
                if (line == ".") { inData = false; await writer.WriteLineAsync("250 queued"); }
                else data.AppendLine(line);
                continue;
            }
            var verb = line.Split(' ')[0].ToUpperInvariant();
            if (verb == "DATA") { inData = true; await writer.WriteLineAsync("354 go on"); }
            else if (verb == "QUIT") { await writer.WriteLineAsync("221 bye"); break; }
            else await writer.WriteLineAsync("250 ok");
        }
        return data.ToString();
    }

    public void Dispose() => _listener.Stop();
}
