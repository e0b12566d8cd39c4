using TyollisyysAlue.Infrastructure.Markup;

namespace TyollisyysAlue.Infrastructure.Tests.Plans;

/// <summary>
/// The version comparison shows formatted text: the newer version's headings, lists and tables, with added words in
/// &lt;ins&gt; and deleted ones in &lt;del&gt;, each announced in words; never raw Markdown, never unsafe markup.
/// </summary>
public class PlanHtmlDiffTests
{
    private static string Diff(string older, string newer) => PlanHtmlDiff.Render(older, newer, 2, "lisätty:", "poistettu:");

    [Fact]
    public void Changed_words_inside_a_list_are_marked_in_the_formatted_list_not_as_markdown()
    {
        var html = Diff("- Palvelupiste **Porvoossa**\n- Palvelutori Loviisassa", "- Palvelupiste **Porvoossa ja Sipoossa**\n- Palvelutori Askolassa");

        Assert.DoesNotContain("**", html, StringComparison.Ordinal);
        Assert.DoesNotContain("- ", html, StringComparison.Ordinal);
        Assert.StartsWith("<ul>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>Porvoossa <ins><span class=\"visually-hidden\">lisätty: </span>ja Sipoossa</ins></strong>", html, StringComparison.Ordinal);
        Assert.Contains("<del><span class=\"visually-hidden\">poistettu: </span>Loviisassa</del>", html, StringComparison.Ordinal);
        Assert.Contains("<ins><span class=\"visually-hidden\">lisätty: </span>Askolassa</ins>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_table_cell_is_marked_inside_its_cell_and_a_deleted_rows_words_follow_the_table()
    {
        const string older = "| Kunta | Osuus |\n| --- | ---: |\n| Porvoo | 60 % |\n| Sipoo | 10 % |";
        const string newer = "| Kunta | Osuus |\n| --- | ---: |\n| Porvoo | 70 % |";
        var html = Diff(older, newer);

        Assert.Contains("<th>Kunta</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"align-right\"><del><span class=\"visually-hidden\">poistettu: </span>60", html, StringComparison.Ordinal);
        Assert.Contains("</del> <ins><span class=\"visually-hidden\">lisätty: </span>70</ins> %</td>", html, StringComparison.Ordinal);
        // Never words straight inside a row or table, where a browser would move them anyway: after the table, in a paragraph.
        Assert.Matches(@"</table>\s*<p><del><span class=""visually-hidden"">poistettu: </span>Sipoo 10( %)?</del></p>\s*$", html);
    }

    [Fact]
    public void A_new_paragraph_is_inserted_whole_and_a_removed_heading_keeps_its_words_as_deleted()
    {
        var html = Diff("# Tavoitteet\n\nEnsimmäinen kappale.", "Ensimmäinen kappale.\n\nUusi kappale lopussa.");

        Assert.Contains("<p><del><span class=\"visually-hidden\">poistettu: </span>Tavoitteet</del></p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<h", html, StringComparison.Ordinal);
        Assert.Contains("<p>Ensimmäinen kappale.</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p><ins><span class=\"visually-hidden\">lisätty: </span>Uusi kappale lopussa.</ins></p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deleted_list_item_stays_in_the_list_apart_from_the_next_item()
    {
        var html = Diff("- Yksi\n- Kaksi\n- Kolme", "- Yksi\n- Kolme");

        Assert.Matches(@"^<ul>\s*<li>Yksi</li>\s*<li><del><span class=""visually-hidden"">poistettu: </span>Kaksi</del> Kolme</li>\s*</ul>\s*$", html);
    }

    [Fact]
    public void Both_texts_go_through_the_allow_list_first()
    {
        var html = Diff("Teksti", "Teksti <script>alert(1)</script> [linkki](javascript:alert(1)) <b style=\"position:fixed\">x</b>");

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("style", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("linkki", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Same_texts_give_the_plain_formatted_text()
    {
        Assert.Equal(PlanHtml.Render("- a **b**", 2), Diff("- a **b**", "- a **b**"));
    }
}
