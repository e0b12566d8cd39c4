using Microsoft.AspNetCore.Components;

namespace TyollisyysAlue.Web.Components.Shared;

/// <summary>
/// A Material icon as MudIcon draws it (the same svg and classes), as markup inside the component that uses it rather than
/// a MudIcon component of its own: for the plain links and buttons of the side menu, the split's export links and the
/// register's rows, where a component per icon is what every open circuit would hold (issue 17, docs/architecture.md).
/// </summary>
public static class PlainIcon
{
    /// <param name="icon">An <c>Icons.Material…</c> path string.</param>
    /// <param name="size">MudBlazor's size word: small, medium or large.</param>
    /// <param name="extraClasses">More classes, e.g. the navigation link's icon classes.</param>
    public static RenderFragment Svg(string icon, string size, string? extraClasses = null) => builder =>
    {
        builder.OpenElement(0, "svg");
        builder.AddAttribute(1, "class", $"mud-icon-root mud-svg-icon mud-icon-size-{size}{(extraClasses is null ? "" : " " + extraClasses)}");
        builder.AddAttribute(2, "focusable", "false");
        builder.AddAttribute(3, "viewBox", "0 0 24 24");
        builder.AddAttribute(4, "aria-hidden", "true");
        builder.AddAttribute(5, "role", "img");
        builder.AddMarkupContent(6, icon);
        builder.CloseElement();
    };
}
