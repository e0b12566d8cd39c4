using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Common;

namespace TyollisyysAlue.Application.Offices;

/// <summary>What an editor posts: the row (null = new) and the row version the editor started from.</summary>
public interface IRowForm
{
    Guid? Id { get; }
    uint Version { get; set; }
}

/// <summary>
/// Add, change (optimistic concurrency on xmin) and remove one kind of area-owned row: rights checked on the server,
/// FluentValidation first, then the rules that need the database, then save; a concurrent change becomes a conflict.
/// </summary>
public abstract class RowEditing<TEntity, TForm>(IAppDbContextFactory contexts, AreaContext area, IValidator<TForm> validator)
    where TEntity : class, IAreaOwned where TForm : class, IRowForm
{
    protected AreaContext Area => area;
    protected IAppDbContextFactory Contexts => contexts;

    protected abstract DbSet<TEntity> Set(IAppDbContext db);
    protected abstract TEntity Create(Guid areaId, TForm form);
    protected abstract void Apply(TEntity entity, TForm form);
    protected abstract TForm ToForm(TEntity entity);

    /// <summary>Rules that need the database (e.g. the municipality is a member); field errors or none.</summary>
    protected virtual Task<IReadOnlyList<ValidationFailure>> CheckAsync(IAppDbContext db, TForm form, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<ValidationFailure>>([]);

    /// <summary>After the form's values are applied, before saving (e.g. a new row's number from the others).</summary>
    protected virtual Task PrepareAsync(IAppDbContext db, TEntity entity, CancellationToken ct) => Task.CompletedTask;

    /// <summary>
    /// A database constraint refused the save (e.g. two people added the same municipality at the same moment, past
    /// <see cref="CheckAsync"/>): field errors to show, or none to let the error through.
    /// </summary>
    protected virtual IReadOnlyList<ValidationFailure> RefusedByDatabase(DbUpdateException error, TForm form) => [];

    /// <summary>Before a row is removed (e.g. load its children so that their removal is audited too).</summary>
    protected virtual Task RemovingAsync(IAppDbContext db, TEntity entity, CancellationToken ct) => Task.CompletedTask;

    public async Task<EditOutcome<TForm>> SaveAsync(TForm form, CancellationToken ct = default)
    {
        area.DemandEditRights();
        var result = await validator.ValidateAsync(form, ct);
        if (!result.IsValid) return new EditOutcome<TForm>.Invalid(result.Errors);
        await using var db = await contexts.CreateAsync(ct);
        var refused = await CheckAsync(db, form, ct);
        if (refused.Count > 0) return new EditOutcome<TForm>.Invalid(refused);

        TEntity entity;
        if (form.Id is { } id)
        {
            var found = await FindAsync(db, id, ct);
            if (found is null) return new EditOutcome<TForm>.NotFound();
            entity = found;
            // Compare against the version the editor loaded, not the one just read.
            ((DbContext)db).Entry(entity).Property<uint>("Version").OriginalValue = form.Version;
        }
        else
        {
            entity = Create(area.AreaId!.Value, form);
            Set(db).Add(entity);
        }
        Apply(entity, form);
        await PrepareAsync(db, entity, ct);
        try
        {
            return await CommitAsync(db, IdOf(db, entity), ct);
        }
        catch (DbUpdateException error) when (error is not DbUpdateConcurrencyException && RefusedByDatabase(error, form) is { Count: > 0 } constraintErrors)
        {
            return new EditOutcome<TForm>.Invalid(constraintErrors);
        }
    }

    public async Task<EditOutcome<TForm>> DeleteAsync(Guid id, uint version, CancellationToken ct = default)
    {
        area.DemandEditRights();
        await using var db = await contexts.CreateAsync(ct);
        var entity = await FindAsync(db, id, ct);
        if (entity is null) return new EditOutcome<TForm>.NotFound();
        ((DbContext)db).Entry(entity).Property<uint>("Version").OriginalValue = version;
        await RemovingAsync(db, entity, ct);
        Set(db).Remove(entity);
        return await CommitAsync(db, id, ct);
    }

    private Task<EditOutcome<TForm>> CommitAsync(IAppDbContext db, Guid id, CancellationToken ct) =>
        VersionedSave.SaveAsync(db, contexts, id, Set, ToForm, ct);

    private Task<TEntity?> FindAsync(IAppDbContext db, Guid id, CancellationToken ct) =>
        Set(db).FirstOrDefaultAsync(e => EF.Property<Guid>(e, "Id") == id, ct);

    private static Guid IdOf(IAppDbContext db, TEntity entity) => ((DbContext)db).Entry(entity).Property<Guid>("Id").CurrentValue;

    protected static ValidationFailure Failure(string property, string code) => new(property, code) { ErrorCode = code };
}
