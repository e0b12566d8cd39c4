using System.Globalization;

namespace TyollisyysAlue.CircuitLoad.Headless;

/// <summary>Finding things on the page the way the browser tests do: by data-testid, role, tag and visible text.</summary>
public static class PageQueries
{
    private static readonly CultureInfo Finnish = CultureInfo.GetCultureInfo("fi-FI");

    public static DomElement? ByTestId(this DomTree tree, string testId) =>
        tree.Elements().FirstOrDefault(e => e["data-testid"] == testId);

    public static IEnumerable<DomElement> AllByTestId(this DomContainer container, string testId) =>
        container.Elements().Where(e => e["data-testid"] == testId);

    public static DomElement? ByTestId(this DomContainer container, string testId) => container.AllByTestId(testId).FirstOrDefault();

    public static IEnumerable<DomElement> ByTag(this DomContainer container, string tag) =>
        container.Elements().Where(e => e.Name == tag);

    public static IEnumerable<DomElement> ByRole(this DomTree tree, string role) =>
        tree.Elements().Where(e => e["role"] == role);

    /// <summary>The page's h1 (the app's page title), as text.</summary>
    public static string? Heading(this DomTree tree) => tree.Elements().FirstOrDefault(e => e.Name == "h1")?.TextContent.Trim();

    /// <summary>
    /// Where an event on <paramref name="target"/> is handled: the element itself or the nearest ancestor with a handler,
    /// as the event bubbles up in a browser (MudBlazor often listens on a wrapper of what one clicks).
    /// </summary>
    public static DomElement? Handling(this DomElement target, string eventName)
    {
        for (DomNode? node = target; node is not null; node = node.Parent)
            if (node is DomElement element && element.Events.ContainsKey(eventName)) return element;
        return null;
    }

    /// <summary>A euro amount as the app shows it in every language ("1 234 567,89 €", Finnish minus sign).</summary>
    public static decimal ParseEuros(string shown)
    {
        var digits = new string(shown.Replace('\u2212', '-').Where(c => char.IsDigit(c) || c is ',' or '-').ToArray());
        return decimal.Parse(digits, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, Finnish);
    }

    /// <summary>An amount as a person types it into the app's number fields (Finnish decimal comma, no grouping).</summary>
    public static string Typed(decimal amount) => amount.ToString("0.00", Finnish);
}
