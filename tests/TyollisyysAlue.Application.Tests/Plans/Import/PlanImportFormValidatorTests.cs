using TyollisyysAlue.Application.Plans.Import;
using TyollisyysAlue.Domain.Plans;

namespace TyollisyysAlue.Application.Tests.Plans.Import;

public class PlanImportFormValidatorTests
{
    public static PlanImportForm Valid() => new()
    {
        FileName = "suunnitelma.docx", Sha256 = new string('a', 64), SizeBytes = 12_345, Format = "docx", Language = "fi",
        Title = "Palveluiden järjestämissuunnitelma", Label = "1.0", VersionDate = new DateTime(2025, 1, 15),
        Sections = [new(1, "Johdanto", "Teksti."), new(2, "Tausta", ""), new(1, "Toimipisteet", "", StatutorySection.Offices)],
    };

    private static IEnumerable<string> Codes(PlanImportForm form) => new PlanImportFormValidator().Validate(form).Errors.Select(e => e.ErrorCode);

    [Fact]
    public void A_previewed_import_is_valid() => Assert.Empty(Codes(Valid()));

    [Fact]
    public void The_version_needs_its_title_label_date_and_a_language_of_the_plan()
    {
        var form = Valid();
        (form.Title, form.Label, form.VersionDate, form.Language) = ("", "", null, "en");
        Assert.Equal(["Plan.Validation.Language", "Plan.Validation.TitleRequired", "Plan.Validation.LabelRequired", "Plan.Validation.DateRequired"], Codes(form));
    }

    [Fact]
    public void The_sections_must_start_with_a_main_section_have_headings_and_a_point_at_most_once()
    {
        var form = Valid();
        form.Sections = [new(2, "Alaluku", ""), new(1, "", ""), new(1, "A", "", StatutorySection.Offices), new(1, "B", "", StatutorySection.Offices), new(3, "C", "")];
        Assert.Equal(["PlanImport.Validation.Structure", "PlanImport.Validation.StatutoryTwice", "Plan.Validation.HeadingRequired", "PlanImport.Validation.Structure"], Codes(form));
        form.Sections = [];
        Assert.Contains("PlanImport.Validation.NoSections", Codes(form));
    }

    [Fact]
    public void The_file_must_be_named_hashed_and_within_the_size_limit()
    {
        var form = Valid();
        (form.FileName, form.Sha256, form.SizeBytes, form.Format) = ("", "xyz", PlanImportLimits.MaxBytes + 1, "pdf");
        Assert.Equal(4, Codes(form).Count(c => c == "PlanImport.Validation.File"));
    }
}
