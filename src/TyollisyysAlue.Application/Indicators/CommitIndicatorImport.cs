using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.Indicators;

namespace TyollisyysAlue.Application.Indicators;

/// <summary>Saves every new and changed value of a checked import in one transaction (all or nothing).</summary>
public sealed class CommitIndicatorImport : WriteUseCase<IndicatorImportForm>
{
    public override WriteRight Right => WriteRight.AreaEdit;

    protected internal override async Task<WriteStep> StageAsync(WriteContext write, IndicatorImportForm form, CancellationToken ct)
    {
        var existing = await write.Db.IndicatorValues.Where(v => v.IndicatorCode == form.IndicatorCode)
            .ToDictionaryAsync(v => (v.MunicipalityCode, v.OnDate), ct);
        foreach (var value in form.Plan.Values.Where(v => v.Change != ImportChange.Unchanged))
        {
            if (existing.TryGetValue((value.Municipality, value.OnDate), out var row)) row.Change(value.Value, form.Source);
            else write.Db.IndicatorValues.Add(new IndicatorValue(Guid.NewGuid(), write.AreaId, form.IndicatorCode, value.Municipality,
                value.OnDate, value.Value, form.Source, isDemo: false));
        }
        return write.SaveAll();
    }
}
