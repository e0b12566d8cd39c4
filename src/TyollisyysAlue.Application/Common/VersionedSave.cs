using Microsoft.EntityFrameworkCore;

namespace TyollisyysAlue.Application.Common;

/// <summary>
/// Saves a change checked against the row version the editor loaded; when someone else saved first, reads their
/// row afresh and returns it with who changed it and when (nothing is overwritten).
/// </summary>
internal static class VersionedSave
{
    public static async Task<EditOutcome<TForm>> SaveAsync<TEntity, TForm>(IAppDbContext db, IAppDbContextFactory contexts, Guid id,
        Func<IAppDbContext, DbSet<TEntity>> set, Func<TEntity, TForm> toForm, CancellationToken ct) where TEntity : class
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return new EditOutcome<TForm>.Saved();
        }
        catch (DbUpdateConcurrencyException)
        {
            await using var fresh = await contexts.CreateAsync(ct);
            var current = await set(fresh).FindAsync([id], ct);
            if (current is null) return new EditOutcome<TForm>.NotFound();
            var (by, at) = await LastChange.OfAsync(fresh, id, ct);
            return new EditOutcome<TForm>.Conflict(toForm(current), by, at);
        }
    }
}
