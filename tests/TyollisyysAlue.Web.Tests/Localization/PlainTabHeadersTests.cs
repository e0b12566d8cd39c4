namespace TyollisyysAlue.Web.Tests.Localization;

/// <summary>
/// Issue 17 (memory per idle circuit): every tab panel brings PlainTab.Wrapper, so MudTabs does not wrap its header in a
/// MudTooltip (two components per tab held by every open circuit).
/// </summary>
public class PlainTabHeadersTests
{
    [Fact]
    public void Every_tab_panel_has_the_plain_header_wrapper()
    {
        var panels = RazorSources.All()
            .SelectMany(f => File.ReadLines(f).Where(l => l.Contains("<MudTabPanel", StringComparison.Ordinal))
                .Select(l => (File: Path.GetRelativePath(RazorSources.SourceRoot, f), Line: l.Trim())))
            .ToList();
        Assert.True(panels.Count >= 20, $"{panels.Count} tab panels found");
        Assert.DoesNotContain(panels, p => !p.Line.Contains("TabWrapperContent=\"PlainTab.Wrapper\"", StringComparison.Ordinal));
    }
}
