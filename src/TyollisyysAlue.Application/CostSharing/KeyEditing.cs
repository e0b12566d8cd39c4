using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.CostSharing;

namespace TyollisyysAlue.Application.CostSharing;

public abstract record KeySaveOutcome
{
    public sealed record Saved(Guid KeyId) : KeySaveOutcome;
    public sealed record Invalid(IReadOnlyList<ValidationFailure> Errors) : KeySaveOutcome;
    /// <summary>Someone saved the key first: their version, who and when; nothing was overwritten.</summary>
    public sealed record Conflict(KeyForm Theirs, string? ChangedBy, DateTimeOffset? ChangedAt) : KeySaveOutcome;
}

/// <summary>Planners change an allocation key's criteria (weights sum to exactly 100) with optimistic concurrency.</summary>
public sealed class KeyEditing(IAppDbContextFactory contexts, AreaContext area, IValidator<KeyForm> validator)
{
    public async Task<KeySaveOutcome> SaveAsync(int year, KeyForm form, CancellationToken ct = default)
    {
        area.DemandEditRights();
        var result = await validator.ValidateAsync(form, ct);
        if (!result.IsValid) return new KeySaveOutcome.Invalid(result.Errors);

        await using var db = await contexts.CreateAsync(ct);
        var key = form.Id is { } id ? await db.AllocationKeys.Include("_criteria").FirstOrDefaultAsync(k => k.Id == id, ct) : null;
        if (key is null)
        {
            var isFirst = !await db.AllocationKeys.AnyAsync(k => k.BudgetYear == year, ct);
            key = new AllocationKey(Guid.NewGuid(), area.AreaId!.Value, year, form.Name.Trim(), isMain: isFirst);
            db.AllocationKeys.Add(key);
        }
        else
        {
            ((DbContext)db).Entry(key).Property(k => k.Version).OriginalValue = form.Version;
            // Replacing criteria changes child rows only: touch the key row so its version guards the whole key.
            ((DbContext)db).Entry(key).State = EntityState.Modified;
        }
        key.Rename(form.Name.Trim());
        db.KeyCriteria.RemoveRange(key.Criteria);
        // New rows carry client-made keys, so tell EF they are new (it would otherwise take them for existing rows).
        db.KeyCriteria.AddRange(key.SetCriteria(form.Criteria.Select(c => (c.IndicatorCode, c.WeightPercent, c.Reference!))));
        try
        {
            await db.SaveChangesAsync(ct);
            return new KeySaveOutcome.Saved(key.Id);
        }
        catch (DbUpdateConcurrencyException)
        {
            await using var fresh = await contexts.CreateAsync(ct);
            var current = await fresh.AllocationKeys.AsNoTracking().Include("_criteria").FirstAsync(k => k.Id == key.Id, ct);
            var (by, at) = await LastChange.OfAsync(fresh, key.Id, ct);
            return new KeySaveOutcome.Conflict(KeyForm.From(current), by, at);
        }
    }

    /// <summary>A new year's key from the previous year's, every reference date moved one year later.</summary>
    public static KeyForm RollForward(KeyForm previous) => new()
    {
        Name = previous.Name,
        Criteria = previous.Criteria.Select(c => new CriterionForm
        {
            IndicatorCode = c.IndicatorCode, WeightPercent = c.WeightPercent, ReferenceKind = c.ReferenceKind,
            ReferenceDate = c.ReferenceDate?.AddYears(1),
        }).ToList(),
    };
}
