using TyollisyysAlue.Application.Plans.Import;
using TyollisyysAlue.Domain.Plans;
using static TyollisyysAlue.Application.Tests.Plans.Import.Doc;

namespace TyollisyysAlue.Application.Tests.Plans.Import;

/// <summary>The mapper from an imported document to the plan's sections (pure: no database).</summary>
public class PlanImportMapperTests
{
    [Fact]
    public void Heading_1_and_2_become_sections_and_subsections_deeper_headings_bold_lines_with_a_note()
    {
        var preview = PlanImportMapper.Map(Of(
            H(1, "Palvelut"), P(Finnish),
            H(2, "Lähipalvelut"), P("Palvelupisteet."),
            H(3, "Palvelutorit"), P("Torit kunnissa."),
            H(4, "Aukioloajat"),
            H(1, "Talous")));

        Assert.Equal([(1, "Palvelut"), (2, "Lähipalvelut"), (1, "Talous")], preview.Sections.Select(s => (s.Level, s.Heading)));
        Assert.Equal("Palvelupisteet.\n\n**Palvelutorit**\n\nTorit kunnissa.\n\n**Aukioloajat**", preview.Sections[1].Body);
        var deep = Assert.Single(preview.Notes, n => n.Kind == ImportNoteKind.DeepHeading);
        Assert.Equal(2, deep.Count);
        Assert.Equal(["1.1 Lähipalvelut"], deep.Sections);
        Assert.Equal(["1", "1.1", "2"], preview.Numbers);
    }

    [Fact]
    public void A_document_whose_headings_start_at_level_2_nests_from_its_own_top_level()
    {
        var preview = PlanImportMapper.Map(Of(H(2, "Johdanto"), H(3, "Tausta"), H(2, "Palvelut")));
        Assert.Equal([(1, "Johdanto"), (2, "Tausta"), (1, "Palvelut")], preview.Sections.Select(s => (s.Level, s.Heading)));
    }

    [Fact]
    public void A_subsection_before_any_main_section_becomes_a_main_section()
    {
        var preview = PlanImportMapper.Map(Of(H(2, "Alku"), H(1, "Luku"), H(2, "Alaluku")));
        Assert.Equal([1, 1, 2], preview.Sections.Select(s => s.Level));
    }

    [Fact]
    public void Numbered_heading_text_keeps_its_number()
    {
        var preview = PlanImportMapper.Map(Of(H(1, "Johdanto"), H(1, "1 Tavoitteet"), H(2, "1.1 Lähipalvelut"), H(2, "2.1 Palvelupisteet")));
        Assert.Equal(["Johdanto", "1 Tavoitteet", "1.1 Lähipalvelut", "2.1 Palvelupisteet"], preview.Sections.Select(s => s.Heading));
        Assert.False(preview.NumbersAreThePlansOwn);
        Assert.DoesNotContain(preview.Notes, n => n.Kind == ImportNoteKind.NumbersRemoved);
    }

    [Fact]
    public void Numbers_that_are_the_plans_own_numbering_are_taken_off_and_noted_and_the_planner_may_choose_either_way()
    {
        var document = Of(H(1, "1 Johdanto"), H(1, "2 Palvelut"), H(2, "2.1 Lähipalvelut"), H(1, "3. Talous"));
        var preview = PlanImportMapper.Map(document);
        Assert.True(preview.NumbersAreThePlansOwn);
        Assert.Equal(["Johdanto", "Palvelut", "Lähipalvelut", "Talous"], preview.Sections.Select(s => s.Heading));
        Assert.Contains(preview.Notes, n => n.Kind == ImportNoteKind.NumbersRemoved);

        var kept = PlanImportMapper.Map(document, new PlanImportOptions(RemoveNumbers: false));
        Assert.Equal("2.1 Lähipalvelut", kept.Sections[2].Heading);
        var removed = PlanImportMapper.Map(Of(H(1, "Johdanto"), H(1, "1 Tavoitteet")), new PlanImportOptions(RemoveNumbers: true));
        Assert.Equal("Tavoitteet", removed.Sections[1].Heading);
    }

    [Fact]
    public void The_cover_page_up_to_the_page_break_is_left_out_the_title_style_gives_the_title_and_text_after_it_becomes_an_introduction()
    {
        var preview = PlanImportMapper.Map(Of(
            P("Kuopion työllisyysalue", ParagraphRole.Subtitle), P("Palveluiden järjestämissuunnitelma", ParagraphRole.Title),
            new ImportOmission(ImportNoteKind.Image, "logo"), P("5.12.2024"), Break,
            new ImportOmission(ImportNoteKind.TableOfContents),
            P(Finnish), H(1, "Palvelut"), P("Teksti.")));

        Assert.Equal("Palveluiden järjestämissuunnitelma", preview.Title);
        Assert.Equal([(1, "Johdanto"), (1, "Palvelut")], preview.Sections.Select(s => (s.Level, s.Heading)));
        Assert.Equal(Finnish, preview.Sections[0].Body);
        var cover = Assert.Single(preview.Notes, n => n.Kind == ImportNoteKind.CoverPage);
        Assert.Equal(["Kuopion työllisyysalue · 5.12.2024"], cover.Details);
        Assert.Contains(preview.Notes, n => n.Kind == ImportNoteKind.Image && n.Details.SequenceEqual(["logo"]));
        Assert.Contains(preview.Notes, n => n.Kind == ImportNoteKind.Introduction);
        Assert.Contains(preview.Notes, n => n.Kind == ImportNoteKind.TableOfContents);
        Assert.Equal("Inledning", PlanImportMapper.Map(Of(P("Text."), H(1, "Rubrik")), new PlanImportOptions("sv")).Sections[0].Heading);
    }

    [Fact]
    public void A_document_without_headings_becomes_one_section_named_by_its_title_with_a_note()
    {
        var preview = PlanImportMapper.Map(Of(P("Suunnitelma 2025", ParagraphRole.Title), P(Finnish), Break, Item("yksi"), Item("kaksi")));
        var section = Assert.Single(preview.Sections);
        Assert.Equal("Suunnitelma 2025", section.Heading);
        Assert.Equal(Finnish + "\n\n- yksi\n- kaksi", section.Body);
        Assert.Contains(preview.Notes, n => n.Kind == ImportNoteKind.NoHeadings);

        Assert.Equal("Palveluiden järjestämissuunnitelma", Assert.Single(PlanImportMapper.Map(Of(P(Finnish))).Sections).Heading);
        var titled = PlanImportMapper.Map(Of(P(Finnish)) with { Title = " Kuopion suunnitelma " });
        Assert.Equal(("Kuopion suunnitelma", "Kuopion suunnitelma"), (titled.Title, titled.Sections[0].Heading));
    }

    [Fact]
    public void Lists_nest_by_depth_numbered_ones_count_and_two_lists_in_a_row_stay_two()
    {
        var preview = PlanImportMapper.Map(Of(H(1, "Luku"),
            Item("Porvoo"), Item("Askola", depth: 1), Item("Pukkila", depth: 1), Item("Loviisa"),
            Item("Ensin", ordered: true, list: 2), Item("Sitten", ordered: true, list: 2), Item("Alakohta", depth: 1, ordered: true, list: 2)));
        Assert.Equal("- Porvoo\n  - Askola\n  - Pukkila\n- Loviisa\n\n1) Ensin\n2) Sitten\n   1) Alakohta", preview.Sections[0].Body);
    }

    [Fact]
    public void Merged_table_cells_are_flattened_with_a_note_and_the_first_row_is_the_header()
    {
        var preview = PlanImportMapper.Map(Of(H(1, "Tuotantoalueet"),
            Table(["Alue", "Työnhakijat"], ["TUOTANTOALUE 1", "<covered>"], ["Kaavi", "187"])));
        Assert.Equal("| Alue | Työnhakijat |\n|---|---|\n| TUOTANTOALUE 1 |  |\n| Kaavi | 187 |", preview.Sections[0].Body);
        var note = Assert.Single(preview.Notes, n => n.Kind == ImportNoteKind.MergedCells);
        Assert.Equal(["1 Tuotantoalueet"], note.Sections);
    }

    [Fact]
    public void Links_keep_http_https_and_mailto_others_keep_their_text_only_with_a_note()
    {
        var preview = PlanImportMapper.Map(Of(H(1, "Linkit"), P(
            new ImportRun("TEM", Link: "https://tem.fi/te24"), new ImportRun(", "), new ImportRun("posti", Link: "mailto:kirjaamo@espoo.fi"),
            new ImportRun(", "), new ImportRun("skripti", Link: "javascript:alert(1)"), new ImportRun(", "), new ImportRun("levy", Link: "file:///C:/salainen.docx"))));
        Assert.Equal("[TEM](https://tem.fi/te24), [posti](mailto:kirjaamo@espoo.fi), skripti, levy", preview.Sections[0].Body);
        var note = Assert.Single(preview.Notes, n => n.Kind == ImportNoteKind.UnsafeLink);
        Assert.Equal(2, note.Count);
        Assert.Equal(["javascript:alert(1)", "file:///C:/salainen.docx"], note.Details);
    }

    [Fact]
    public void What_the_reader_left_out_is_noted_in_the_section_where_it_stood()
    {
        var preview = PlanImportMapper.Map(Of(H(1, "Eka"), new ImportOmission(ImportNoteKind.TextBox, "Huom!"), P("x"),
            H(1, "Toka"), new ImportOmission(ImportNoteKind.Comment), new ImportOmission(ImportNoteKind.Comment), new ImportOmission(ImportNoteKind.TrackedChanges)));
        Assert.Equal(["1 Eka"], Assert.Single(preview.Notes, n => n.Kind == ImportNoteKind.TextBox).Sections);
        var comments = Assert.Single(preview.Notes, n => n.Kind == ImportNoteKind.Comment);
        Assert.Equal(2, comments.Count);
        Assert.Equal(["2 Toka"], comments.Sections);
        Assert.Contains(preview.Notes, n => n.Kind == ImportNoteKind.TrackedChanges);
    }

    [Fact]
    public void A_heading_too_long_to_be_one_becomes_a_bold_paragraph_and_empty_headings_are_dropped()
    {
        var sentence = string.Join(' ', Enumerable.Repeat("Tämä on kappale, jolle on annettu otsikkotyyli vahingossa.", 5));
        var preview = PlanImportMapper.Map(Of(H(1, "Luku"), H(2, "  "), H(2, sentence)));
        var section = Assert.Single(preview.Sections);
        Assert.Equal("**" + sentence + "**", section.Body);
        Assert.Contains(preview.Notes, n => n.Kind == ImportNoteKind.LongHeading);
    }

    [Fact]
    public void The_statutory_points_are_matched_to_the_sections_headings()
    {
        var preview = PlanImportMapper.Map(Of(H(1, "Johdanto"), H(1, "c) Toimipisteiden määrä ja sijoittuminen"), H(1, "Yhteistyötahot")));
        Assert.Equal(1, preview.Matches[StatutorySection.Offices]);
        Assert.Equal(2, preview.Matches[StatutorySection.Partners]);
        Assert.Equal(2, preview.Matches.Count);
    }

    [Fact]
    public void The_language_is_guessed_and_may_be_overridden()
    {
        Assert.Equal("fi", PlanImportMapper.Map(Of(H(1, "Palvelut"), P(Finnish))).Language);
        var swedish = Of(H(1, "Tjänster"), P("Kommunerna ordnar tjänsterna och de ska vara tillgängliga för alla som behöver dem."));
        Assert.Equal("sv", PlanImportMapper.Map(swedish).Language);
        var confirmed = PlanImportMapper.Map(swedish, new PlanImportOptions("fi"));
        Assert.Equal(("fi", "sv"), (confirmed.Language, confirmed.Guess.Language));
    }
}
