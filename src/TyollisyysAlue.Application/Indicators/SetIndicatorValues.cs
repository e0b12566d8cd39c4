using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.Indicators;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Application.Indicators;

/// <summary>
/// Saves a block of indicator values in one transaction (a paste from Excel, or an undo): every cell is checked
/// against the version the grid showed before anything is staged, so one changed cell refuses the whole block as a
/// conflict about that cell. Audited row by row by the interceptor, like any change.
/// </summary>
public sealed class SetIndicatorValues : WriteUseCase<IndicatorCellsForm, IndicatorCell>
{
    public override WriteRight Right => WriteRight.AreaEdit;

    protected internal override async Task<WriteStep> StageAsync(WriteContext write, IndicatorCellsForm form, CancellationToken ct)
    {
        var members = (await write.Db.Memberships.Select(m => m.MunicipalityCode).Distinct().ToListAsync(ct)).Select(c => c.Value).ToHashSet();
        if (form.Cells.FirstOrDefault(c => !members.Contains(c.MunicipalityCode)) is { } stranger)
            return write.Refuse(nameof(form.Cells), "Paste.NotMember", stranger.MunicipalityCode);
        var dates = form.Cells.Select(c => c.OnDate).Distinct().ToList();
        var rows = (await write.Db.IndicatorValues.Where(v => v.IndicatorCode == form.IndicatorCode && dates.Contains(v.OnDate)).ToListAsync(ct))
            .ToDictionary(v => (v.MunicipalityCode.Value, v.OnDate));
        foreach (var cell in form.Cells)
        {
            var row = rows.GetValueOrDefault((cell.MunicipalityCode, cell.OnDate));
            if (row is null && cell.Version is not null) return write.Gone();
            if (row is not null && (row.Version != cell.Version || (cell.Expected is { } expected && row.Value != expected))) return write.Conflict(row);
        }
        object? subject = null;
        foreach (var cell in form.Cells)
        {
            var row = rows.GetValueOrDefault((cell.MunicipalityCode, cell.OnDate));
            if (row is null)
            {
                row = new IndicatorValue(Guid.NewGuid(), write.AreaId, form.IndicatorCode, MunicipalityCode.Parse(cell.MunicipalityCode), cell.OnDate,
                    cell.Value!.Value, cell.Source ?? form.Source, cell.IsDemo);
                write.Db.IndicatorValues.Add(row);
            }
            else
            {
                write.Expect(row, cell.Version!.Value); // a change between this check and the save is still a conflict
                if (cell.Value is { } value) row.Restore(value, cell.Source ?? form.Source, cell.IsDemo);
                else write.Db.IndicatorValues.Remove(row);
            }
            subject ??= row;
        }
        return write.Save(subject!);
    }

    /// <summary>The conflicting cell as the other person left it.</summary>
    protected internal override async Task<IndicatorCell?> TheirsAsync(IAppDbContext fresh, Guid subjectId, CancellationToken ct) =>
        await fresh.IndicatorValues.AsNoTracking().FirstOrDefaultAsync(v => v.Id == subjectId, ct) is { } current
            ? new IndicatorCell { MunicipalityCode = current.MunicipalityCode.Value, OnDate = current.OnDate, Value = current.Value, Version = current.Version }
            : null;
}
