using System.Collections.Concurrent;
using System.Text.Json;

namespace TyollisyysAlue.CircuitLoad.Headless;

/// <summary>
/// What this client answers when the server calls JavaScript. A browser runs blazor.web.js, MudBlazor's scripts and the
/// app's modules; this client answers as they would where the server uses the result (element and window sizes, object
/// references for modules) and with null elsewhere. Identifiers it does not know are reported once per process.
/// </summary>
internal static class JsInteropAnswers
{
    /// <summary>The result kinds of JS.BeginInvokeJS (JSCallResultType).</summary>
    public const int ResultJson = 0, ResultObjectReference = 1, ResultStreamReference = 2, ResultVoid = 3;

    private static readonly ConcurrentDictionary<string, bool> Reported = new(StringComparer.Ordinal);
    private static long _nextObjectId;

    /// <summary>Where unknown identifiers are reported (standard error by default).</summary>
    public static Action<string> Report { get; set; } = message => Console.Error.WriteLine(message);

    private static readonly string Rect = JsonSerializer.Serialize(new
    {
        x = 0, y = 0, width = 1280, height = 40, top = 0, left = 0, right = 1280, bottom = 40,
        scrollX = 0, scrollY = 0, windowWidth = 1280, windowHeight = 900,
    });

    /// <summary>Known identifiers whose null/void answer is what the server expects (calls made for their effect).</summary>
    private static readonly string[] ForEffect =
    [
        "Blazor._internal.", "mudPopover.", "mudKeyInterceptor.", "mudScrollManager.", "mudElementRef.focus",
        "mudElementRef.blur", "mudElementRef.select", "mudElementRef.restoreFocus", "mudElementRef.saveFocus",
        "mudElementRef.addOnBlurEvent", "mudElementRef.removeOnBlurEvent", "mudElementRef.addDefaultPreventingHandler",
        "mudElementRef.removeDefaultPreventingHandler", "mudElementRef.changeCss", "mudElementRef.removeDefaultPreventingHandlers",
        "mudElementRef.addDefaultPreventingHandlers", "mudResizeListener.", "mudResizeObserver.disconnect", "mudScrollListener.",
        "mudJsEvent.", "mudInput.", "mudWindow.", "mudDragAndDrop.", "mudThrottledEventManager.", "mudEventProjections.",
        "mudpopoverHelper", "mudElementRef.getDefaultPreventingHandlers", "create", "destroy", "setHtml", "forget", "listen",
        "stored", "selectionIn", "downloadPng", "downloadSvg", "console.",
    ];

    /// <summary>The JSON result for a call (null when the call has no result to give).</summary>
    public static string? Answer(string identifier, int resultType)
    {
        if (resultType == ResultObjectReference)
            return $"{{\"__jsObjectId\":{Interlocked.Increment(ref _nextObjectId)}}}";
        if (resultType == ResultVoid) return null;
        if (identifier.EndsWith("getBoundingClientRect", StringComparison.Ordinal)) return Rect;
        if (identifier.EndsWith("getBrowserWindowSize", StringComparison.Ordinal)) return """{"width":1280,"height":900}""";
        if (identifier.Equals("mudResizeObserver.connect", StringComparison.Ordinal)) return "[]";
        if (identifier.EndsWith("matchMedia", StringComparison.Ordinal)) return "false";
        if (!ForEffect.Any(known => identifier.StartsWith(known, StringComparison.Ordinal)) && Reported.TryAdd(identifier, true))
            Report($"headless circuit: JS call '{identifier}' (result type {resultType}) answered with null");
        return null;
    }
}
