using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Access;

namespace TyollisyysAlue.Application.Users;

/// <summary>
/// Administrators give and take roles of the users of the current area, and remove a user's access to it
/// (all their roles here; their account and roles in other areas stay). The area always keeps an administrator.
/// Role assignments are domain entities, so the audit interceptor records each change in the same save.
/// </summary>
public sealed class RoleEditing(IAppDbContextFactory contexts, AreaContext area, IValidator<RoleChangeForm> validator)
{
    public const string LastAdministrator = "Users.LastAdministrator";

    public async Task<RoleOutcome> AssignAsync(RoleChangeForm form, CancellationToken ct = default)
    {
        area.DemandAdminRights();
        var result = await validator.ValidateAsync(form, ct);
        if (!result.IsValid) return new RoleOutcome.Invalid(result.Errors);
        await using var db = await contexts.CreateAsync(ct);
        var held = await db.RoleAssignments.Where(r => r.UserId == form.UserId).Select(r => r.Role).ToListAsync(ct);
        // New people come in by invitation; here only users who already belong to the area.
        if (held.Count == 0) return new RoleOutcome.NotFound();
        if (held.Contains(form.Role!.Value)) return RoleOutcome.Refused(nameof(form.Role), "Users.RoleAlreadyHeld");
        db.RoleAssignments.Add(new AreaRoleAssignment(Guid.NewGuid(), area.AreaId!.Value, form.UserId, form.Role.Value));
        await db.SaveChangesAsync(ct);
        return new RoleOutcome.Saved();
    }

    public async Task<RoleOutcome> RemoveAsync(RoleChangeForm form, CancellationToken ct = default)
    {
        area.DemandAdminRights();
        var result = await validator.ValidateAsync(form, ct);
        if (!result.IsValid) return new RoleOutcome.Invalid(result.Errors);
        await using var db = await contexts.CreateAsync(ct);
        await using var transaction = await LockAdministratorsAsync(db, ct);
        var assignment = await db.RoleAssignments.FirstOrDefaultAsync(r => r.UserId == form.UserId && r.Role == form.Role, ct);
        if (assignment is null) return new RoleOutcome.NotFound();
        if (assignment.Role == AreaRole.Administrator && await IsLastAdministratorAsync(db, form.UserId, ct))
            return RoleOutcome.Refused(nameof(form.Role), LastAdministrator);
        db.RoleAssignments.Remove(assignment);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new RoleOutcome.Saved();
    }

    /// <summary>Ends the user's access to this area: every role here goes (audited), nothing else changes.</summary>
    public async Task<RoleOutcome> RemoveAccessAsync(Guid userId, CancellationToken ct = default)
    {
        area.DemandAdminRights();
        await using var db = await contexts.CreateAsync(ct);
        await using var transaction = await LockAdministratorsAsync(db, ct);
        var assignments = await db.RoleAssignments.Where(r => r.UserId == userId).ToListAsync(ct);
        if (assignments.Count == 0) return new RoleOutcome.NotFound();
        if (assignments.Any(r => r.Role == AreaRole.Administrator) && await IsLastAdministratorAsync(db, userId, ct))
            return RoleOutcome.Refused(nameof(RoleChangeForm.UserId), LastAdministrator);
        db.RoleAssignments.RemoveRange(assignments);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new RoleOutcome.Saved();
    }

    /// <summary>
    /// Removals in one area take turns (a transaction-scoped advisory lock on the area): two administrators taking
    /// each other's role at the same moment would otherwise both see "another administrator remains".
    /// </summary>
    private async Task<IDbContextTransaction> LockAdministratorsAsync(IAppDbContext db, CancellationToken ct)
    {
        var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.LockAsync(area.AreaId!.Value, "administrators", ct);
        return transaction;
    }

    private static async Task<bool> IsLastAdministratorAsync(IAppDbContext db, Guid userId, CancellationToken ct) =>
        !await db.RoleAssignments.AnyAsync(r => r.Role == AreaRole.Administrator && r.UserId != userId, ct);
}
