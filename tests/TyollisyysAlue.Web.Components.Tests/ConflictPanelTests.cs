using TyollisyysAlue.Texts;
using TyollisyysAlue.Web.Components.Shared;

namespace TyollisyysAlue.Web.Components.Tests;

/// <summary>The one conflict panel: who and when (Finnish time), theirs beside yours with the changed rows marked, two choices.</summary>
public class ConflictPanelTests : ComponentTest
{
    [Fact]
    public void It_names_who_and_when_marks_the_changed_rows_and_offers_both_choices()
    {
        var at = new DateTimeOffset(2026, 7, 1, 21, 30, 0, TimeSpan.Zero); // 2.7. 0.30 in Helsinki
        var (kept, saved) = (false, false);
        var panel = Render<ConflictPanel>(ps => ps
            .Add(p => p.ChangedBy, "anna@example.fi")
            .Add(p => p.ChangedAt, at)
            .Add(p => p.Rows, [("Nimi", "Sama", "Sama"), ("Osoite", "Rauhankatu 20", "Kauppakuja 2")])
            .Add(p => p.OnKeepTheirs, () => kept = true)
            .Add(p => p.OnSaveMine, () => saved = true));

        Assert.Contains(Text("Conflict.Text", "anna@example.fi", Formats.Time(at)), panel.Markup, StringComparison.Ordinal);
        Assert.StartsWith("2.7.2026", Formats.Time(at), StringComparison.Ordinal);
        var changed = Assert.Single(panel.FindAll("tr.diff"));
        Assert.Equal(["Rauhankatu 20", "Kauppakuja 2"], changed.QuerySelectorAll("td").Select(c => c.TextContent));
        Assert.Equal(3, panel.FindAll("tr").Count);

        panel.Find("button[data-testid=keep-theirs]").Click();
        Assert.True(kept);
        panel.Find("button[data-testid=save-mine]").Click();
        Assert.True(saved);
    }
}
