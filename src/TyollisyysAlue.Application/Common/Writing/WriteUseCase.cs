using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;

namespace TyollisyysAlue.Application.Common.Writing;

/// <summary>
/// One kind of change (save a budget line, approve a plan version, join a municipality…). A use case only stages its
/// change on the context it is given; <see cref="WritePipeline"/> does everything around it — the current-role check,
/// validation, saving with optimistic concurrency, the audit (by the interceptor) and the outcome — so none can be
/// skipped. Callers use <see cref="RunAsync"/>; use cases are registered by <c>AddWriteUseCases</c>, which is what
/// connects them to the pipeline (an unregistered one fails loudly).
/// </summary>
public abstract class WriteUseCase<TForm, TTheirs> where TForm : class
{
    internal WritePipeline? Pipeline { get; set; }

    /// <summary>The right this write needs, checked against the database at the moment of writing.</summary>
    public abstract WriteRight Right { get; }

    /// <summary>
    /// The API token scope that lets a program run this write (the token is checked against the database like a
    /// user's role); null — the default — when no token may.
    /// </summary>
    public virtual Domain.Access.ApiScope? TokenScope => null;

    /// <summary>Checks, writes nothing if refused, otherwise saves. Never throws for an expected refusal.</summary>
    public Task<WriteOutcome<TTheirs>> RunAsync(TForm form, CancellationToken ct = default) =>
        (Pipeline ?? throw new InvalidOperationException(
            $"{GetType().Name} is not connected to the write pipeline: resolve it from DI (AddWriteUseCases)."))
        .RunAsync(this, form, ct);

    /// <summary>
    /// Stage the change on <paramref name="write"/>'s context (the form is already valid and the right checked).
    /// Return <see cref="WriteContext.Save(object)"/> with the row the change is about, or a refusal
    /// (<see cref="WriteContext.Refuse(string, string, object[])"/>, <see cref="WriteContext.Gone"/>,
    /// <see cref="WriteContext.Unchanged"/>). A broken domain rule (<c>DomainException</c>) becomes an Invalid outcome.
    /// </summary>
    protected internal abstract Task<WriteStep> StageAsync(WriteContext write, TForm form, CancellationToken ct);

    /// <summary>On a conflict: the other person's state of the subject, read from a fresh context; null when it is gone.</summary>
    protected internal virtual Task<TTheirs?> TheirsAsync(IAppDbContext fresh, Guid subjectId, CancellationToken ct) =>
        Task.FromResult<TTheirs?>(default);

    /// <summary>
    /// When a unique index refuses the save because a simultaneous write inserted the same row first (a
    /// check-then-insert upsert), stage once more on a fresh context: the stage then finds that row and updates it.
    /// Only for writes whose second stage is the right answer (a user's own scratch copy), never for ones where the
    /// winner must be shown.
    /// </summary>
    protected internal virtual bool StagesAgainWhenRaced => false;

    /// <summary>
    /// On a conflict: stage on a fresh context what must survive of the refused change (e.g. the text as the user's
    /// draft); the pipeline saves it. False when nothing is kept (the editor keeps the form on screen anyway).
    /// </summary>
    protected internal virtual Task<bool> KeepRefusedAsync(WriteContext fresh, TForm form, CancellationToken ct) => Task.FromResult(false);

    /// <summary>
    /// A database constraint refused the save (e.g. a unique index hit by a simultaneous save that passed the checks):
    /// field errors to show (<paramref name="fresh"/> reads what won), or none to let the error through.
    /// </summary>
    protected internal virtual Task<IReadOnlyList<ValidationFailure>> RefusedByDatabaseAsync(WriteContext fresh, DbUpdateException error,
        TForm form, CancellationToken ct) => Task.FromResult<IReadOnlyList<ValidationFailure>>([]);
}

/// <summary>A write whose conflict view shows the form itself (most editors).</summary>
public abstract class WriteUseCase<TForm> : WriteUseCase<TForm, TForm> where TForm : class;
