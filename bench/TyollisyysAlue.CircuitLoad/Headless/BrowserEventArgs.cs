namespace TyollisyysAlue.CircuitLoad.Headless;

/// <summary>The event argument objects blazor.web.js sends with DispatchEventAsync, by event kind.</summary>
internal static class BrowserEventArgs
{
    /// <summary>The left mouse button: mousedown, mouseup or click (MouseEventArgs).</summary>
    public static object Mouse(string type) => new
    {
        detail = 1, screenX = 0, screenY = 0, clientX = 0, clientY = 0, offsetX = 0, offsetY = 0, pageX = 0, pageY = 0,
        movementX = 0, movementY = 0, button = 0, buttons = 0, ctrlKey = false, shiftKey = false, altKey = false,
        metaKey = false, type,
    };

    /// <summary>An input or change event of a text field (ChangeEventArgs).</summary>
    public static object Value(string value) => new { value };

    /// <summary>A form's submit event carries no fields of its own (EventArgs).</summary>
    public static object Submit() => new { };
}
