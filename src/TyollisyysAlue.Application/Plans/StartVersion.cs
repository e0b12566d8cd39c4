using TyollisyysAlue.Texts;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.Plans;

namespace TyollisyysAlue.Application.Plans;

/// <summary>
/// A new draft: a copy of the given approved version's sections, or the six statutory sections when starting
/// afresh. One open (draft or submitted) version per language at a time; linked to its other-language counterpart.
/// </summary>
public sealed class StartVersion : WriteUseCase<NewVersionForm>
{
    public override WriteRight Right => WriteRight.AreaEdit;

    protected internal override async Task<WriteStep> StageAsync(WriteContext write, NewVersionForm form, CancellationToken ct)
    {
        var db = write.Db;
        if (await db.PlanVersions.AnyAsync(v => v.Language == form.Language && (v.Status == PlanStatus.Draft || v.Status == PlanStatus.Submitted), ct))
            return write.Refuse("", PlanErrors.OpenVersionExists);
        var version = new PlanVersion(Guid.NewGuid(), write.AreaId, form.Label.Trim(), DateOnly.FromDateTime(form.VersionDate!.Value),
            form.Language, form.Title.Trim()) { BasedOnId = form.BasedOnId };
        db.PlanVersions.Add(version);
        if (form.BasedOnId is { } basedOn)
        {
            var sections = await db.PlanSections.AsNoTracking().Where(s => s.VersionId == basedOn).ToListAsync(ct);
            var ids = sections.ToDictionary(s => s.Id, _ => Guid.NewGuid());
            db.PlanSections.AddRange(sections.Select(s => s.CopyTo(version.Id, ids[s.Id], s.ParentId is { } p ? ids[p] : null)));
        }
        else
        {
            db.PlanSections.AddRange(StatutorySections.All.Select((p, i) =>
                new PlanSection(Guid.NewGuid(), version.AreaId, version.Id, null, i, TextTable.In(form.Language).Of("Plan.Statutory", p), "", p)));
        }
        if (form.CounterpartId is { } other && await db.PlanVersions.FirstOrDefaultAsync(v => v.Id == other && v.Language != form.Language, ct) is { } counterpart)
        {
            version.CounterpartId = counterpart.Id;
            counterpart.CounterpartId = version.Id;
        }
        return write.Save(version);
    }
}
