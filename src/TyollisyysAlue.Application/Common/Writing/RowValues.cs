using FluentValidation;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Domain.Common;

namespace TyollisyysAlue.Application.Common.Writing;

/// <summary>
/// One figure of many rows saved at once, all or nothing: a block pasted from Excel into a grid, or the undo of the
/// last paste (the previous figures written back). Every row names the version the grid showed, so that a row someone
/// else changed meanwhile is a conflict, never overwritten. A grid's own form derives from this one so that its
/// validator holds the figure's rule.
/// </summary>
public abstract class RowValuesForm
{
    public List<RowValue> Rows { get; set; } = [];
}

/// <summary>
/// One row's new figure at the version the grid showed. <see cref="Expected"/>, when set, is the figure the row must
/// still hold (the undo's check that nobody changed it after the change being undone); <see cref="IsDemo"/> is the
/// demo mark an undo puts back (grids without demo rows ignore it). A conflict answers with the row as it is now and its <see cref="Name"/>.
/// </summary>
public sealed class RowValue
{
    public Guid Id { get; set; }
    public uint Version { get; set; }
    public decimal Value { get; set; }
    public decimal? Expected { get; set; }
    public bool IsDemo { get; set; }
    public string? Name { get; set; }
}

/// <summary>The rules every block shares: rows, each once; the figure's own rule is the grid's.</summary>
public abstract class RowValuesFormValidator<TForm> : AbstractValidator<TForm> where TForm : RowValuesForm
{
    protected RowValuesFormValidator(Func<decimal, bool> valid, string code)
    {
        RuleFor(f => f.Rows).NotEmpty().WithErrorCode("Paste.Nothing");
        RuleFor(f => f.Rows).Must(r => r.DistinctBy(x => x.Id).Count() == r.Count).WithErrorCode("Paste.DuplicateCell");
        RuleForEach(f => f.Rows).ChildRules(row =>
        {
            row.RuleFor(r => r.Id).NotEmpty().WithErrorCode("Validation.Required");
            row.RuleFor(r => r.Value).Must(valid).WithErrorCode(code);
        });
    }
}

/// <summary>
/// Writes a block of one figure per row in one transaction: every row is checked against the version (and, for an
/// undo, the figure) the grid showed before anything is staged, so one changed row refuses the whole block as a
/// conflict about that row; a row of another area, or removed meanwhile, is gone. Audited row by row by the interceptor.
/// </summary>
public abstract class SetRowValues<TEntity, TForm> : WriteUseCase<TForm, RowValue>
    where TEntity : class, IAreaOwned where TForm : RowValuesForm
{
    public override WriteRight Right => WriteRight.AreaEdit;

    protected abstract DbSet<TEntity> Set(IAppDbContext db);
    protected abstract Guid IdOf(TEntity row);
    protected abstract decimal ValueOf(TEntity row);
    protected abstract uint VersionOf(TEntity row);
    protected abstract string NameOf(TEntity row);
    protected abstract void Apply(TEntity row, RowValue value);

    /// <summary>Why this row may not take this figure (a rule between its fields): an error code and its arguments, or null.</summary>
    protected virtual (string Code, object[] Args)? Check(TEntity row, decimal value) => null;

    protected internal sealed override async Task<WriteStep> StageAsync(WriteContext write, TForm form, CancellationToken ct)
    {
        var ids = form.Rows.Select(r => r.Id).ToList();
        var rows = (await Set(write.Db).Where(e => ids.Contains(EF.Property<Guid>(e, "Id"))).ToListAsync(ct))
            .ToDictionary(IdOf);
        if (ids.Any(id => !rows.ContainsKey(id))) return write.Gone();
        foreach (var value in form.Rows)
        {
            var row = rows[value.Id];
            if (VersionOf(row) != value.Version || (value.Expected is { } expected && ValueOf(row) != expected)) return write.Conflict(row);
        }
        for (var i = 0; i < form.Rows.Count; i++)
        {
            var (value, row) = (form.Rows[i], rows[form.Rows[i].Id]);
            if (Check(row, value.Value) is { } refused) return write.Refuse($"Rows[{i}].Value", refused.Code, refused.Args);
            write.Expect(row, value.Version); // a change between this check and the save is still a conflict
            Apply(row, value);
        }
        return write.Save(rows[form.Rows[0].Id]);
    }

    /// <summary>The conflicting row as the other person left it.</summary>
    protected internal sealed override async Task<RowValue?> TheirsAsync(IAppDbContext fresh, Guid subjectId, CancellationToken ct) =>
        await Rows.FindAsync(Set(fresh), subjectId, ct) is { } current
            ? new RowValue { Id = subjectId, Version = VersionOf(current), Value = ValueOf(current), Name = NameOf(current) }
            : null;
}
