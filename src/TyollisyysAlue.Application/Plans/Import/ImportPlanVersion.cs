using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.Auditing;
using TyollisyysAlue.Domain.Plans;

namespace TyollisyysAlue.Application.Plans.Import;

/// <summary>
/// Confirms an import: a NEW draft version with the previewed sections (never written over an existing version), in
/// the language the planner confirmed. The rule of one open version per language holds as for any new draft (an
/// advisory lock makes two simultaneous imports take turns). Besides the version and sections, which the audit
/// interceptor records, the import itself is audited with the file's name, SHA-256 and size, who and when.
/// </summary>
public sealed class ImportPlanVersion : WriteUseCase<PlanImportForm>
{
    public const string AuditEntityType = "PlanImport";

    public override WriteRight Right => WriteRight.AreaEdit;

    protected internal override async Task<WriteStep> StageAsync(WriteContext write, PlanImportForm form, CancellationToken ct)
    {
        var db = write.Db;
        await db.Database.BeginTransactionAsync(ct);
        await db.LockAsync(write.AreaId, "plan-versions", ct);
        if (await db.PlanVersions.AnyAsync(v => v.Language == form.Language && (v.Status == PlanStatus.Draft || v.Status == PlanStatus.Submitted), ct))
            return write.Refuse(nameof(PlanImportForm.Language), PlanErrors.OpenVersionExists);

        var version = new PlanVersion(Guid.NewGuid(), write.AreaId, form.Label.Trim(), DateOnly.FromDateTime(form.VersionDate!.Value),
            form.Language, form.Title.Trim());
        db.PlanVersions.Add(version);
        Guid? parent = null;
        int main = 0, sub = 0;
        foreach (var imported in form.Sections)
        {
            var isSub = imported.Level == 2 && parent is not null;
            var section = new PlanSection(Guid.NewGuid(), write.AreaId, version.Id, isSub ? parent : null, isSub ? sub++ : main++,
                imported.Heading.Trim(), imported.Body, imported.Statutory) { UpdatedAt = write.Now, UpdatedBy = write.UserName };
            if (!isSub) { parent = section.Id; sub = 0; }
            db.PlanSections.Add(section);
        }
        db.AuditEntries.Add(new AuditEntry(write.AreaId, write.UserId, write.UserName, write.Now, AuditEntityType, version.Id.ToString(),
            AuditAction.Added, null, JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["FileName"] = form.FileName,
                ["Sha256"] = form.Sha256,
                ["Bytes"] = form.SizeBytes,
                ["Format"] = form.Format,
                ["Language"] = form.Language,
                ["Sections"] = form.Sections.Count,
            })));
        return write.Save(version);
    }
}
