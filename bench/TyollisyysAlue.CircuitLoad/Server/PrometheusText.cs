using System.Globalization;
using System.Text.RegularExpressions;

namespace TyollisyysAlue.CircuitLoad.Server;

/// <summary>The app's /metrics (Prometheus text format) read as sums per metric name over all label sets.</summary>
public sealed partial class PrometheusText
{
    private readonly Dictionary<string, double> _sums = new(StringComparer.Ordinal);

    public static PrometheusText Parse(string text)
    {
        var parsed = new PrometheusText();
        foreach (Match m in Sample().Matches(text))
        {
            if (!double.TryParse(m.Groups["value"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)) continue;
            var name = m.Groups["name"].Value;
            parsed._sums[name] = parsed._sums.GetValueOrDefault(name) + value;
        }
        return parsed;
    }

    /// <summary>The sum of the first metric whose name starts with one of the prefixes (exporters add unit suffixes).</summary>
    public double? Sum(params string[] prefixes)
    {
        foreach (var prefix in prefixes)
        {
            var name = _sums.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal).FirstOrDefault();
            if (name is not null) return _sums[name];
        }
        return null;
    }

    [GeneratedRegex(@"(?m)^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{[^}]*\})? (?<value>[^ \n]+)")]
    private static partial Regex Sample();
}
