using FluentValidation;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Application.Indicators;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Application.Municipalities;

/// <summary>A register file read by <see cref="RegisterImport"/>: its rows and its bad rows.</summary>
public sealed record RegisterImportForm(IReadOnlyList<RegisterRow> Rows, IReadOnlyList<ImportError> Errors);

/// <summary>A file with a single bad row is not imported.</summary>
public sealed class RegisterImportFormValidator : AbstractValidator<RegisterImportForm>
{
    public RegisterImportFormValidator()
    {
        RuleFor(f => f.Errors).Empty().WithErrorCode("Import.Errors").WithState(f => new object[] { f.Errors.Count });
        RuleFor(f => f.Rows).NotEmpty().WithErrorCode("Validation.Required");
    }
}

/// <summary>The system administrator adds new municipalities and corrects known ones from a file, all in one transaction.</summary>
public sealed class ImportRegister : WriteUseCase<RegisterImportForm>
{
    public override WriteRight Right => WriteRight.SystemAdmin;

    protected internal override async Task<WriteStep> StageAsync(WriteContext write, RegisterImportForm form, CancellationToken ct)
    {
        var known = await write.Db.Municipalities.ToDictionaryAsync(m => m.Code, ct);
        foreach (var row in form.Rows)
        {
            if (known.TryGetValue(row.Code, out var existing)) existing.Correct(row.NameFi, row.NameSv, row.Status);
            else write.Db.Municipalities.Add(new Municipality(row.Code, row.NameFi, row.NameSv, row.Status));
        }
        return write.SaveAll();
    }
}
