using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.CostSharing;

namespace TyollisyysAlue.Application.CostSharing;

/// <summary>
/// Planners create a year's key or change its name and criteria (weights sum to exactly 100, checked by the form's
/// validator). The first key of a year is its main key. The key row's version guards the whole key.
/// </summary>
public sealed class SaveKey : WriteUseCase<KeyForm>
{
    public override WriteRight Right => WriteRight.AreaEdit;

    protected internal override async Task<WriteStep> StageAsync(WriteContext write, KeyForm form, CancellationToken ct)
    {
        var db = write.Db;
        AllocationKey? key = null;
        if (form.Id is { } id)
        {
            key = await WithCriteria(db).FirstOrDefaultAsync(k => k.Id == id, ct);
            if (key is null) return write.Gone();
            write.Expect(key, form.Version);
            // Replacing criteria changes child rows only: touch the key row so its version guards the whole key.
            ((DbContext)db).Entry(key).State = EntityState.Modified;
        }
        else
        {
            var isFirst = !await db.AllocationKeys.AnyAsync(k => k.BudgetYear == form.Year, ct);
            key = new AllocationKey(Guid.NewGuid(), write.AreaId, form.Year, form.Name.Trim(), isMain: isFirst);
            db.AllocationKeys.Add(key);
        }
        key.Rename(form.Name.Trim());
        db.KeyCriteria.RemoveRange(key.Criteria);
        // New rows carry client-made keys, so tell EF they are new (it would otherwise take them for existing rows).
        db.KeyCriteria.AddRange(key.SetCriteria(form.Criteria.Select(c => (c.IndicatorCode, c.WeightPercent, c.Reference!))));
        return write.Save(key);
    }

    protected internal override async Task<KeyForm?> TheirsAsync(IAppDbContext fresh, Guid subjectId, CancellationToken ct) =>
        await WithCriteria(fresh).AsNoTracking().FirstOrDefaultAsync(k => k.Id == subjectId, ct) is { } current ? KeyForm.From(current) : null;

    private static IQueryable<AllocationKey> WithCriteria(IAppDbContext db) => db.AllocationKeys.Include("_criteria");
}
