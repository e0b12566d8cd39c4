using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;

namespace TyollisyysAlue.Application.Common.Writing;

/// <summary>What a use case stages its change on: a fresh context for this one write, and the area it is in.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "Instance methods so that a use case reads write.Save(row).")]
public sealed class WriteContext(IAppDbContext db, AreaContext area, DateTimeOffset now)
{
    public IAppDbContext Db { get; } = db;

    /// <summary>
    /// Sends what is staged so far inside the write's own transaction (begun by the use case), for a large write whose
    /// later rows refer to a row staged first (the ledger import's bookings to their import). The pipeline still
    /// commits or rolls back the whole write; the rights and the validator have already run.
    /// </summary>
    public Task SaveSoFarAsync(CancellationToken ct) => WritePipeline.SaveSoFarAsync(Db, ct);

    /// <summary>The current area (the pipeline has checked that one is entered).</summary>
    public Guid AreaId => area.AreaId ?? throw new InvalidOperationException("No area entered.");

    public Guid? UserId => area.UserId;
    public string UserName => area.UserName ?? "?";

    /// <summary>The moment of this write, from the app's <see cref="TimeProvider"/>.</summary>
    public DateTimeOffset Now { get; } = now;

    private readonly HashSet<Guid> _sessionsToEnd = [];

    /// <summary>Users whose sessions end once this write is saved (<see cref="EndSessionsOf"/>).</summary>
    internal IReadOnlyCollection<Guid> SessionsToEnd => _sessionsToEnd;

    /// <summary>
    /// This write takes rights away from <paramref name="userId"/>: once it is saved, every cookie and open tab of that
    /// user stops working (<see cref="IUserSessions"/>), not just their next write.
    /// </summary>
    public void EndSessionsOf(Guid userId) => _sessionsToEnd.Add(userId);

    /// <summary>
    /// For the one write that creates an area: its own rows (members, first administrator) are written inside it, as
    /// row-level security requires. The pipeline puts the user's area back when the write is over.
    /// </summary>
    public void WorkInNewArea(Guid areaId) => area.EnterArea(areaId);

    /// <summary>
    /// For a public write addressed to an area (accessibility feedback): the row is written inside that area, as
    /// row-level security requires, with no role in it; the pipeline puts the sender's area back when the write is over.
    /// </summary>
    public void SendToArea(Guid areaId) => area.EnterArea(areaId, []);

    /// <summary>Compare the row against the version the editor loaded, not the one just read.</summary>
    public void Expect<TEntity>(TEntity entity, uint version) where TEntity : class =>
        ((DbContext)Db).Entry(entity).Property<uint>("Version").OriginalValue = version;

    /// <summary>Save the staged changes; <paramref name="subject"/> is the row the outcome and a conflict are about.</summary>
    public WriteStep Save(object subject) => new WriteStep.SaveChanges(subject);

    /// <summary>Save the staged changes of many rows at once (an import): the outcome names no single row.</summary>
    public WriteStep SaveAll() => new WriteStep.SaveChanges(null);

    public WriteStep Refuse(string property, string code, params object[] args) =>
        new WriteStep.Refused([FieldError.Of(property, code, args)]);

    public WriteStep Refuse(IReadOnlyList<ValidationFailure> errors) => new WriteStep.Refused(errors);

    public WriteStep Gone() => new WriteStep.NotFound();

    /// <summary>
    /// A write of many rows found before staging that <paramref name="subject"/> is no longer the version the user saw
    /// (a batch checks every row first, so that nothing of it is saved): answered as a conflict about that row.
    /// </summary>
    public WriteStep Conflict(object subject) => new WriteStep.Conflicted(subject);

    /// <summary>Nothing to change (e.g. the same text saved twice): answered as saved, with the row's current version.</summary>
    public WriteStep Unchanged(Guid id, uint version) => new WriteStep.NothingToSave(id, version);
}

/// <summary>What a use case's staging decided.</summary>
public abstract record WriteStep
{
    internal sealed record SaveChanges(object? Subject) : WriteStep;
    internal sealed record Refused(IReadOnlyList<ValidationFailure> Errors) : WriteStep;
    internal sealed record NotFound : WriteStep;
    internal sealed record Conflicted(object Subject) : WriteStep;
    internal sealed record NothingToSave(Guid Id, uint Version) : WriteStep;
}
