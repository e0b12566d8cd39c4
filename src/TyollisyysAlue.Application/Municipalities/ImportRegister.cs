using TyollisyysAlue.Domain.Common;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Application.Municipalities;

/// <summary>A register file read without errors, to save.</summary>
public sealed class RegisterImportForm
{
    public string FileName { get; set; } = string.Empty;
    public IReadOnlyList<RegisterRow> Rows { get; set; } = [];
}

public sealed class RegisterImportFormValidator : AbstractValidator<RegisterImportForm>
{
    public RegisterImportFormValidator()
    {
        RuleFor(f => f.FileName).NotEmpty().WithErrorCode("Validation.Required");
        RuleFor(f => f.Rows).NotEmpty().WithErrorCode("Import.NothingToSave")
            .Must(rows => rows.Select(r => r.Code).Distinct().Count() == rows.Count).WithErrorCode("Import.Duplicate");
    }
}

/// <summary>
/// The yearly update of the national register from a file (the system administrator): new municipalities are added,
/// known ones get the file's names and language status with the file as their source (dated today, so the shipped
/// classification never overwrites it on a restart), and the file's mergers are recorded. All in one transaction.
/// </summary>
public sealed class ImportRegister : WriteUseCase<RegisterImportForm>
{
    public override WriteRight Right => WriteRight.SystemAdmin;

    protected internal override async Task<WriteStep> StageAsync(WriteContext write, RegisterImportForm form, CancellationToken ct)
    {
        var today = HelsinkiTime.DayOf(write.Now);
        var known = await write.Db.Municipalities.ToDictionaryAsync(m => m.Code, ct);
        Municipality? subject = null;
        foreach (var row in form.Rows)
        {
            if (!known.TryGetValue(row.Code, out var municipality))
            {
                municipality = new Municipality(row.Code, row.NameFi, row.NameSv, row.Status);
                write.Db.Municipalities.Add(municipality);
                known[row.Code] = municipality;
            }
            municipality.Record(row.NameFi, row.NameSv, row.Status, form.FileName, today);
            subject ??= municipality;
        }
        foreach (var row in form.Rows.Where(r => r.MergedInto is not null))
        {
            if (!known.ContainsKey(row.MergedInto!.Value)) return write.Refuse(nameof(form.Rows), "Import.Merger", row.MergedInto.Value.Value);
            if (known[row.Code].MergedInto is null) known[row.Code].MergeInto(row.MergedInto.Value, row.MergedOn!.Value);
        }
        return write.Save(subject!);
    }
}
