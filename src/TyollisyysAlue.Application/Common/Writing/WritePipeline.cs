using System.Data.Common;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TyollisyysAlue.Domain.Common;

namespace TyollisyysAlue.Application.Common.Writing;

/// <summary>
/// The one write path (docs/architecture.md): (a) the user's current right, read from the database now; (b) the form's
/// FluentValidation validator, which must exist; (c) the use case stages its change on a fresh context, saved with
/// optimistic concurrency on the row version (xmin); (d) audited by the SaveChanges interceptor in the same
/// transaction; (e) one <see cref="WriteOutcome{TTheirs}"/>. A database that cannot be reached is an outcome too, so
/// an editor keeps what was typed.
/// </summary>
public sealed class WritePipeline(IAppDbContextFactory contexts, AreaContext area, ICurrentRights rights, IServiceProvider services,
    TimeProvider clock, People.IPersonNames people, ILogger<WritePipeline> logger)
{
    internal async Task<WriteOutcome<TTheirs>> RunAsync<TForm, TTheirs>(WriteUseCase<TForm, TTheirs> useCase, TForm form, CancellationToken ct)
        where TForm : class
    {
        ArgumentNullException.ThrowIfNull(form);
        var name = useCase.GetType().Name;
        var (areaBefore, rolesBefore) = (area.AreaId, area.Roles);
        try
        {
            if (!await AllowedAsync(useCase.Right, useCase.TokenScope, ct))
            {
                logger.LogWarning("Write {UseCase} refused: {User} lacks {Right} in area {Area} now", name, area.UserName, useCase.Right, area.AreaId);
                return new WriteOutcome<TTheirs>.Forbidden();
            }

            var validation = await services.GetRequiredService<IValidator<TForm>>().ValidateAsync(form, ct);
            if (!validation.IsValid) return new WriteOutcome<TTheirs>.Invalid(validation.Errors);

            try
            {
                return await AttemptAsync(useCase, form, ct);
            }
            catch (DbUpdateException raced) when (useCase.StagesAgainWhenRaced && DatabaseRefusals.IsUniqueViolation(raced))
            {
                // A simultaneous first save of the same row won between this stage's read and its insert (two tabs of one
                // user autosaving one section): staged again, the winner's row is found and updated.
                logger.LogInformation("Write {UseCase} raced a simultaneous insert; staged again", name);
                return await AttemptAsync(useCase, form, ct);
            }
        }
        catch (Exception error) when (IsUnavailable(error))
        {
            logger.LogError(error, "Write {UseCase} failed: the database could not be reached; nothing was saved", name);
            return new WriteOutcome<TTheirs>.Unavailable();
        }
        finally
        {
            // A write that created an area worked inside it (WriteContext.WorkInNewArea): the user is where they were.
            if (area.AreaId != areaBefore)
            {
                if (areaBefore is { } before) area.EnterArea(before, rolesBefore);
                else area.LeaveArea();
            }
        }
    }

    /// <summary>One stage and save on a context of its own.</summary>
    private async Task<WriteOutcome<TTheirs>> AttemptAsync<TForm, TTheirs>(WriteUseCase<TForm, TTheirs> useCase, TForm form, CancellationToken ct)
        where TForm : class
    {
        await using var db = await contexts.CreateAsync(ct);
        var write = new WriteContext(db, area, clock.GetUtcNow());
        WriteStep step;
        try
        {
            step = await useCase.StageAsync(write, form, ct);
        }
        catch (DomainException broken)
        {
            return new WriteOutcome<TTheirs>.Invalid([FieldError.Of("", broken.Code)]);
        }
        switch (step)
        {
            case WriteStep.Refused refused: return new WriteOutcome<TTheirs>.Invalid(refused.Errors);
            case WriteStep.NotFound: return new WriteOutcome<TTheirs>.Gone();
            case WriteStep.NothingToSave same: return new WriteOutcome<TTheirs>.Saved(same.Id, same.Version);
            case WriteStep.Conflicted conflicted:
                var entry = ((DbContext)db).Entry(conflicted.Subject);
                return await ConflictAsync(useCase, form, entry.Metadata.ClrType, (Guid)entry.Property("Id").CurrentValue!, ct);
        }
        var outcome = await SaveAsync(useCase, form, db, ((WriteStep.SaveChanges)step).Subject, ct);
        if (outcome is WriteOutcome<TTheirs>.Saved) await EndSessionsAsync(write.SessionsToEnd, ct);
        return outcome;
    }

    private async Task<WriteOutcome<TTheirs>> SaveAsync<TForm, TTheirs>(WriteUseCase<TForm, TTheirs> useCase, TForm form, IAppDbContext db,
        object? subject, CancellationToken ct) where TForm : class
    {
        var entry = subject is null ? null : ((DbContext)db).Entry(subject);
        var id = entry?.Metadata.FindProperty("Id") is null ? Guid.Empty : (Guid)entry.Property("Id").CurrentValue!;
        var removed = entry?.State == EntityState.Deleted;
        try
        {
            await db.SaveChangesAsync(ct);
            if (db.Database.CurrentTransaction is { } transaction) await transaction.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictAsync(useCase, form, entry?.Metadata.ClrType, id, ct);
        }
        catch (DbUpdateException error) when (!IsUnavailable(error))
        {
            await using var fresh = await contexts.CreateAsync(ct);
            var refused = await useCase.RefusedByDatabaseAsync(new WriteContext(fresh, area, clock.GetUtcNow()), error, form, ct);
            if (refused.Count == 0) throw;
            return new WriteOutcome<TTheirs>.Invalid(refused);
        }
        var version = entry is null || removed || entry.Metadata.FindProperty("Version") is null ? 0u : (uint)entry.Property("Version").CurrentValue!;
        return new WriteOutcome<TTheirs>.Saved(id, version);
    }

    /// <summary>
    /// After the save, not inside it: a session ended too early would be harmless, a role removal rolled back would not.
    /// Hosts without sign-in (the application tests) register no <see cref="IUserSessions"/> and have none to end.
    /// </summary>
    private async Task EndSessionsAsync(IReadOnlyCollection<Guid> users, CancellationToken ct)
    {
        if (users.Count == 0 || services.GetService<IUserSessions>() is not { } sessions) return;
        foreach (var user in users)
        {
            await sessions.EndAsync(user, ct);
            logger.LogInformation("Sessions of {User} ended: rights taken away by {Admin}", user, area.UserName);
        }
    }

    private async Task<bool> AllowedAsync(WriteRight right, Domain.Access.ApiScope? tokenScope, CancellationToken ct)
    {
        if (area.ApiTokenId is { } tokenId)
            return tokenScope is { } scope && area.AreaId is { } tokenArea && await rights.TokenAllowsAsync(tokenId, tokenArea, scope, ct);
        if (right == WriteRight.Anyone) return true;
        if (area.UserId is not { } userId) return false;
        if (right == WriteRight.SystemAdmin) return await rights.IsSystemAdministratorAsync(userId, ct);
        if (area.AreaId is not { } areaId) throw new InvalidOperationException($"A {right} write needs an entered area.");
        return right.Allows(await rights.RolesInAreaAsync(userId, areaId, ct));
    }

    /// <summary>Someone saved or removed the row first: their state, who and when; what the use case keeps of the refused change.</summary>
    private async Task<WriteOutcome<TTheirs>> ConflictAsync<TForm, TTheirs>(WriteUseCase<TForm, TTheirs> useCase, TForm form, Type? subjectType,
        Guid id, CancellationToken ct) where TForm : class
    {
        await using var fresh = await contexts.CreateAsync(ct);
        if (subjectType is null || id == Guid.Empty || await ((DbContext)fresh).FindAsync(subjectType, [id], ct) is null)
            return new WriteOutcome<TTheirs>.Gone();
        var theirs = await useCase.TheirsAsync(fresh, id, ct);
        var (by, byId, at) = await LastChange.OfAsync(fresh, id, ct);
        if (await useCase.KeepRefusedAsync(new WriteContext(fresh, area, clock.GetUtcNow()), form, ct)) await fresh.SaveChangesAsync(ct);
        var name = by is null && byId is null ? null : (await people.LookUpAsync([by], [byId], ct)).Of(by, byId);
        return new WriteOutcome<TTheirs>.Conflict(theirs, name, at);
    }

    /// <summary>Connection refused, timeouts, a server shutting down: Npgsql marks these transient.</summary>
    internal static bool IsUnavailable(Exception error) => error switch
    {
        DbException { IsTransient: true } => true,
        TimeoutException => true,
        _ when error.InnerException is { } inner => IsUnavailable(inner),
        _ => false,
    };

    /// <summary>The only save besides the pipeline's own commit: see <see cref="WriteContext.SaveSoFarAsync"/>.</summary>
    internal static Task SaveSoFarAsync(IAppDbContext db, CancellationToken ct) => db.SaveChangesAsync(ct);
}
