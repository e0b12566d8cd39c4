using FluentValidation;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Memberships;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Application.Memberships;

/// <summary>
/// Administrators join municipalities to the current area and end memberships. Each refusal names its field;
/// nothing is half-saved (membership, claim and audit rows are one SaveChanges, so one transaction).
/// </summary>
public sealed class MembershipEditing(IAppDbContextFactory contexts, AreaContext area,
    IValidator<JoinMembershipForm> joinValidator, IValidator<EndMembershipForm> endValidator)
{
    public async Task<MembershipOutcome> JoinAsync(JoinMembershipForm form, CancellationToken ct = default)
    {
        area.DemandAdminRights();
        var result = await joinValidator.ValidateAsync(form, ct);
        if (!result.IsValid) return new MembershipOutcome.Invalid(result.Errors);
        var areaId = area.AreaId!.Value;
        var code = MunicipalityCode.Parse(form.MunicipalityCode);
        var membership = new Membership(Guid.NewGuid(), areaId, code, form.ValidFrom!.Value, null, form.DecisionReference);

        await using var db = await contexts.CreateAsync(ct);
        var municipality = await db.Municipalities.AsNoTracking().FirstOrDefaultAsync(m => m.Code == code, ct);
        if (municipality is null)
            return MembershipOutcome.Refused(nameof(form.MunicipalityCode), "Membership.UnknownMunicipality");
        // A municipality that has merged into another joins nothing from its merger on.
        if (municipality.MergedOn is { } merged && form.ValidFrom >= merged)
            return MembershipOutcome.Refused(nameof(form.MunicipalityCode), "Membership.Merged");
        var own = await db.Memberships.AsNoTracking().Where(m => m.MunicipalityCode == code).ToListAsync(ct);
        if (own.Any(membership.Overlaps))
            return MembershipOutcome.Refused(nameof(form.ValidFrom), "Membership.Overlaps");
        if (await AreaClaims.HeldElsewhereAsync(db, areaId, code, membership.ValidFrom, null, ct) is { } claim)
            return AreaClaims.Refusal(claim);

        db.Memberships.Add(membership);
        try
        {
            await db.SaveChangesAsync(ct);
            return new MembershipOutcome.Saved(membership.Id);
        }
        catch (DbUpdateException error) when (AreaClaims.IsExclusionViolation(error))
        {
            // Another area (or another administrator of this one) claimed the municipality meanwhile.
            await using var fresh = await contexts.CreateAsync(ct);
            return await AreaClaims.HeldElsewhereAsync(fresh, areaId, code, membership.ValidFrom, null, ct) is { } winner
                ? AreaClaims.Refusal(winner)
                : MembershipOutcome.Refused(nameof(form.ValidFrom), "Membership.Overlaps");
        }
    }

    public async Task<MembershipOutcome> EndAsync(EndMembershipForm form, CancellationToken ct = default)
    {
        area.DemandAdminRights();
        var result = await endValidator.ValidateAsync(form, ct);
        if (!result.IsValid) return new MembershipOutcome.Invalid(result.Errors);

        await using var db = await contexts.CreateAsync(ct);
        var membership = await db.Memberships.FirstOrDefaultAsync(m => m.Id == form.MembershipId, ct);
        if (membership is null) return new MembershipOutcome.NotFound();
        var responsible = await db.Areas.Where(a => a.Id == area.AreaId).Select(a => a.ResponsibleMunicipality).SingleAsync(ct);
        if (membership.MunicipalityCode == responsible)
            return MembershipOutcome.Refused(nameof(form.MembershipId), "Membership.ResponsibleCannotEnd");
        if (membership.ValidTo is not null)
            return MembershipOutcome.Refused(nameof(form.MembershipId), "Membership.AlreadyEnded");
        if (form.ValidTo!.Value < membership.ValidFrom)
            return MembershipOutcome.Refused(nameof(form.ValidTo), "Membership.EndBeforeStart");

        ((DbContext)db).Entry(membership).Property(m => m.Version).OriginalValue = form.Version;
        membership.End(form.ValidTo.Value, form.EndReason);
        try
        {
            await db.SaveChangesAsync(ct);
            return new MembershipOutcome.Saved(membership.Id);
        }
        catch (DbUpdateConcurrencyException)
        {
            return MembershipOutcome.Refused(nameof(form.MembershipId), "Membership.ChangedMeanwhile");
        }
    }
}
