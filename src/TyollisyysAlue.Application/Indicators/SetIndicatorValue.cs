using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.Indicators;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Application.Indicators;

/// <summary>Planners set one indicator value by hand; a value changed or added meanwhile by someone else is a conflict.</summary>
public sealed class SetIndicatorValue : WriteUseCase<IndicatorValueForm>
{
    public override WriteRight Right => WriteRight.AreaEdit;

    protected internal override async Task<WriteStep> StageAsync(WriteContext write, IndicatorValueForm form, CancellationToken ct)
    {
        var code = MunicipalityCode.Parse(form.MunicipalityCode);
        var row = await write.Db.IndicatorValues
            .FirstOrDefaultAsync(v => v.IndicatorCode == form.IndicatorCode && v.MunicipalityCode == code && v.OnDate == form.OnDate, ct);
        if (row is null)
        {
            if (form.Version is not null) return write.Gone();
            row = new IndicatorValue(Guid.NewGuid(), write.AreaId, form.IndicatorCode, code, form.OnDate, form.Value, form.Source, isDemo: false);
            write.Db.IndicatorValues.Add(row);
            return write.Save(row);
        }
        // A value someone added after the grid was loaded (no version seen) is theirs: never overwritten unseen.
        write.Expect(row, form.Version ?? 0);
        row.Change(form.Value, form.Source);
        return write.Save(row);
    }

    protected internal override async Task<IndicatorValueForm?> TheirsAsync(IAppDbContext fresh, Guid subjectId, CancellationToken ct) =>
        await fresh.IndicatorValues.AsNoTracking().FirstOrDefaultAsync(v => v.Id == subjectId, ct) is { } current ? IndicatorValueForm.From(current) : null;

    protected internal override Task<IReadOnlyList<ValidationFailure>> RefusedByDatabaseAsync(WriteContext fresh, DbUpdateException error,
        IndicatorValueForm form, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<ValidationFailure>>(DatabaseRefusals.IsUniqueViolation(error) // two people added the same value at the same moment
            ? [FieldError.Of(nameof(form.Value), "Indicators.Conflict")] : []);
}
