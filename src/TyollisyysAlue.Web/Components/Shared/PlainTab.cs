using Microsoft.AspNetCore.Components;

namespace TyollisyysAlue.Web.Components.Shared;

/// <summary>
/// Every <c>MudTabPanel</c>'s <c>TabWrapperContent</c>: the tab's header as it is. Without a wrapper of its own MudTabs puts
/// each header in a MudTooltip (two components per tab, and every open circuit holds each one's render buffers: about
/// 90 KB per circuit on the budget page's ten tabs, issue 17, bench/README.md). No tab of the app has a tooltip.
/// </summary>
public static class PlainTab
{
    public static readonly RenderFragment<RenderFragment> Wrapper = header => header;
}
