using FluentValidation;
using TyollisyysAlue.Domain.Plans;

namespace TyollisyysAlue.Application.Plans.Import;

/// <summary>
/// A confirmed import: the new draft version's title, label, date and language, its sections as the preview showed
/// them (with the statutory points the planner chose), and the file they came from (name, SHA-256, size) for the audit.
/// </summary>
public sealed class PlanImportForm
{
    public string FileName { get; set; } = string.Empty;
    /// <summary>Lower-case hex SHA-256 of the uploaded bytes.</summary>
    public string Sha256 { get; set; } = string.Empty;
    public long SizeBytes { get; set; }
    public string Format { get; set; } = string.Empty;
    public string Language { get; set; } = "fi";
    public string Title { get; set; } = string.Empty;
    public string Label { get; set; } = string.Empty;
    public DateTime? VersionDate { get; set; }
    public List<PlanImportSection> Sections { get; set; } = [];
}

/// <param name="Level">1 for a main section, 2 for a subsection of the previous main section.</param>
public sealed record PlanImportSection(int Level, string Heading, string Body, StatutorySection? Statutory = null);

public sealed class PlanImportFormValidator : AbstractValidator<PlanImportForm>
{
    public const int MaxSections = 500, MaxBodyLength = 500_000;

    public PlanImportFormValidator()
    {
        RuleFor(f => f.FileName).NotEmpty().WithErrorCode("PlanImport.Validation.File").MaximumLength(260).WithErrorCode("Validation.TooLong");
        RuleFor(f => f.Sha256).Matches("^[0-9a-f]{64}$").WithErrorCode("PlanImport.Validation.File");
        RuleFor(f => f.SizeBytes).InclusiveBetween(1, PlanImportLimits.MaxBytes).WithErrorCode("PlanImport.Validation.File");
        RuleFor(f => f.Format).Must(f => f is "docx" or "odt" or "md" or "txt").WithErrorCode("PlanImport.Validation.File");
        RuleFor(f => f.Language).Must(l => l is "fi" or "sv").WithErrorCode("Plan.Validation.Language");
        RuleFor(f => f.Title).NotEmpty().WithErrorCode("Plan.Validation.TitleRequired").MaximumLength(300).WithErrorCode("Validation.TooLong");
        RuleFor(f => f.Label).NotEmpty().WithErrorCode("Plan.Validation.LabelRequired").MaximumLength(100).WithErrorCode("Validation.TooLong");
        RuleFor(f => f.VersionDate).NotNull().WithErrorCode("Plan.Validation.DateRequired");
        RuleFor(f => f.Sections).NotEmpty().WithErrorCode("PlanImport.Validation.NoSections")
            .Must(s => s.Count <= MaxSections).WithErrorCode("PlanImport.Validation.TooManySections")
            .Must(s => s.Count == 0 || s[0].Level == 1).WithErrorCode("PlanImport.Validation.Structure")
            .Must(s => s.Where(x => x.Statutory is not null).GroupBy(x => x.Statutory).All(g => g.Count() == 1)).WithErrorCode("PlanImport.Validation.StatutoryTwice");
        RuleForEach(f => f.Sections).ChildRules(section =>
        {
            section.RuleFor(s => s.Heading).NotEmpty().WithErrorCode("Plan.Validation.HeadingRequired").MaximumLength(300).WithErrorCode("Validation.TooLong");
            section.RuleFor(s => s.Level).InclusiveBetween(1, 2).WithErrorCode("PlanImport.Validation.Structure");
            section.RuleFor(s => s.Body).NotNull().MaximumLength(MaxBodyLength).WithErrorCode("Validation.TooLong");
            section.RuleFor(s => s.Statutory).IsInEnum().WithErrorCode("PlanImport.Validation.Structure");
        });
    }
}

/// <summary>How big a file the import takes: refused before reading it when larger.</summary>
public static class PlanImportLimits
{
    public const long MaxBytes = 20 * 1024 * 1024;
    /// <summary>A file's parts unpacked (a zip bomb is refused before it fills the memory).</summary>
    public const long MaxUnpackedBytes = 100 * 1024 * 1024;
}
