using System.Text.Json;
using System.Text.RegularExpressions;

namespace TyollisyysAlue.CircuitLoad.Headless;

/// <summary>
/// What a prerendered page hands to the circuit: its interactive server components' markers
/// (<c>&lt;!--Blazor:{"type":"server",…,"descriptor":…}--&gt;</c>) and the persisted component state comment.
/// </summary>
internal sealed partial record PrerenderedPage(IReadOnlyList<JsonElement> Markers, string ApplicationState)
{
    public static PrerenderedPage Parse(string html)
    {
        var markers = Marker().Matches(html)
            .Select(m => m.Groups["json"].Value)
            .Where(json => json.Contains("\"descriptor\"", StringComparison.Ordinal)) // start markers; end markers only repeat the id
            .Select(json => JsonDocument.Parse(json).RootElement.Clone())
            .Where(marker => marker.GetProperty("type").GetString() == "server")
            .ToList();
        var state = State().Match(html);
        return new PrerenderedPage(markers, state.Success ? state.Groups["state"].Value : "");
    }

    /// <summary>The first UpdateRootComponents batch blazor.web.js sends: add every marker as a root component.</summary>
    public string RootComponentOperations() => JsonSerializer.Serialize(new
    {
        batchId = 1,
        operations = Markers.Select((marker, i) => new { type = "add", ssrComponentId = i + 1, marker }),
    });

    [GeneratedRegex(@"<!--Blazor:(?<json>\{.*?\})-->", RegexOptions.Singleline)]
    private static partial Regex Marker();

    [GeneratedRegex(@"<!--Blazor-Server-Component-State:(?<state>.*?)-->", RegexOptions.Singleline)]
    private static partial Regex State();
}
