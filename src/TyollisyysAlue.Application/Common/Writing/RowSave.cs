using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Domain.Common;

namespace TyollisyysAlue.Application.Common.Writing;

/// <summary>
/// Adds or changes one area-owned row from an editor's form: the rules that need the database first, then the row
/// (new, or loaded and expected at the editor's version), the form's values, and the save by the pipeline; a
/// concurrent change answers with the other person's row as a form.
/// </summary>
public abstract class RowSave<TEntity, TForm> : WriteUseCase<TForm>
    where TEntity : class, IAreaOwned where TForm : class, IRowForm
{
    public override WriteRight Right => WriteRight.AreaEdit;

    protected abstract DbSet<TEntity> Set(IAppDbContext db);
    protected abstract Task<TEntity> CreateAsync(WriteContext write, TForm form, CancellationToken ct);
    protected abstract void Apply(TEntity entity, TForm form);
    protected abstract TForm ToForm(TEntity entity);

    /// <summary>Rules that need the database (e.g. the municipality is a member); field errors or none.</summary>
    protected virtual Task<IReadOnlyList<ValidationFailure>> CheckAsync(WriteContext write, TForm form, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<ValidationFailure>>([]);

    /// <summary>After the form's values are applied, before saving (e.g. a new row's number from the others).</summary>
    protected virtual Task PrepareAsync(IAppDbContext db, TEntity entity, CancellationToken ct) => Task.CompletedTask;

    protected internal sealed override async Task<WriteStep> StageAsync(WriteContext write, TForm form, CancellationToken ct)
    {
        var refused = await CheckAsync(write, form, ct);
        if (refused.Count > 0) return write.Refuse(refused);
        TEntity entity;
        if (form.Id is { } id)
        {
            var found = await Rows.FindAsync(Set(write.Db), id, ct);
            if (found is null) return write.Gone();
            entity = found;
            write.Expect(entity, form.Version);
        }
        else
        {
            entity = await CreateAsync(write, form, ct);
            Set(write.Db).Add(entity);
        }
        Apply(entity, form);
        await PrepareAsync(write.Db, entity, ct);
        return write.Save(entity);
    }

    protected internal sealed override async Task<TForm?> TheirsAsync(IAppDbContext fresh, Guid subjectId, CancellationToken ct) =>
        await Rows.FindAsync(Set(fresh), subjectId, ct) is { } current ? await TheirFormAsync(fresh, current, ct) : null;

    /// <summary>The other person's row as the editor's form (override when the form needs more than the row).</summary>
    protected virtual Task<TForm> TheirFormAsync(IAppDbContext fresh, TEntity current, CancellationToken ct) => Task.FromResult(ToForm(current));

    protected static ValidationFailure Failure(string property, string code) => FieldError.Of(property, code);
}

/// <summary>
/// Removes one area-owned row the editor showed at <see cref="RowRef.Version"/>; a row changed meanwhile is a conflict
/// (with the other person's row as a form), one removed meanwhile is gone.
/// </summary>
public abstract class RowDelete<TEntity, TForm> : WriteUseCase<RowRef, TForm>
    where TEntity : class, IAreaOwned where TForm : class
{
    public override WriteRight Right => WriteRight.AreaEdit;

    protected abstract DbSet<TEntity> Set(IAppDbContext db);
    protected abstract TForm ToForm(TEntity entity);

    /// <summary>Why the row may not go (e.g. it is still used elsewhere); field errors or none.</summary>
    protected virtual Task<IReadOnlyList<ValidationFailure>> CheckAsync(IAppDbContext db, TEntity entity, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<ValidationFailure>>([]);

    /// <summary>Before the row is removed (e.g. remove its children so that their removal is audited too).</summary>
    protected virtual Task RemovingAsync(IAppDbContext db, TEntity entity, CancellationToken ct) => Task.CompletedTask;

    protected internal sealed override async Task<WriteStep> StageAsync(WriteContext write, RowRef form, CancellationToken ct)
    {
        var entity = await Rows.FindAsync(Set(write.Db), form.Id, ct);
        if (entity is null) return write.Gone();
        var refused = await CheckAsync(write.Db, entity, ct);
        if (refused.Count > 0) return write.Refuse(refused);
        write.Expect(entity, form.Version);
        await RemovingAsync(write.Db, entity, ct);
        Set(write.Db).Remove(entity);
        return write.Save(entity);
    }

    protected internal sealed override async Task<TForm?> TheirsAsync(IAppDbContext fresh, Guid subjectId, CancellationToken ct) =>
        await Rows.FindAsync(Set(fresh), subjectId, ct) is { } current ? await TheirFormAsync(fresh, current, ct) : null;

    /// <summary>The other person's row as the editor's form (override when the form needs more than the row).</summary>
    protected virtual Task<TForm> TheirFormAsync(IAppDbContext fresh, TEntity current, CancellationToken ct) => Task.FromResult(ToForm(current));
}

/// <summary>Finds a row by its <c>Id</c> (the area filter applies).</summary>
internal static class Rows
{
    public static Task<TEntity?> FindAsync<TEntity>(DbSet<TEntity> set, Guid id, CancellationToken ct) where TEntity : class =>
        set.FirstOrDefaultAsync(e => EF.Property<Guid>(e, "Id") == id, ct);
}
