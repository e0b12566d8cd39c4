namespace TyollisyysAlue.Web.Components.Tests;

/// <summary>Issue 12.10: MudBlazor's screen-reader labels speak the reader's language, not English.</summary>
public sealed class MudTextsTests : ComponentTest
{
    [Fact]
    public void The_pager_buttons_are_named_in_Finnish()
    {
        var pager = Render<MudBlazor.MudPagination>(p => p.Add(x => x.Count, 5).Add(x => x.ShowFirstButton, true).Add(x => x.ShowLastButton, true));
        var labels = pager.FindAll("button[aria-label]").Select(b => b.GetAttribute("aria-label")).ToList();
        Assert.Contains("Seuraava sivu", labels);
        Assert.Contains("Edellinen sivu", labels);
        Assert.DoesNotContain("Next page", labels);
    }
}
