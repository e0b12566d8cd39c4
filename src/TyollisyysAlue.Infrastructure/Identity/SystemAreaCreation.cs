using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Areas;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Memberships;
using TyollisyysAlue.Domain.Access;
using TyollisyysAlue.Domain.Areas;
using TyollisyysAlue.Domain.Memberships;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Infrastructure.Identity;

/// <summary>
/// The system administrator creates an employment area: the area, its responsible municipality as a member from
/// the start date, and its first administrator (invited by e-mail). Only a system administrator may:
/// checked here against the account, not only by the page's policy.
/// </summary>
public sealed class SystemAreaCreation(UserManager<ApplicationUser> users, InvitationAccounts accounts, IAppDbContextFactory contexts,
    AreaContext area, IValidator<NewAreaForm> validator)
{
    public async Task<InvitationOutcome> CreateAsync(NewAreaForm form, CancellationToken ct = default)
    {
        var me = area.UserId is { } id ? await users.FindByIdAsync(id.ToString()) : null;
        if (me is not { IsSystemAdministrator: true, IsActive: true })
            throw new UnauthorizedAccessException("Creating areas needs a system administrator.");
        var result = await validator.ValidateAsync(form, ct);
        if (!result.IsValid) return new InvitationOutcome.Invalid(result.Errors);

        var areaId = Guid.NewGuid();
        var code = MunicipalityCode.Parse(form.ResponsibleMunicipality);
        await using (var db = await contexts.CreateAsync(ct))
        {
            if (await db.Areas.AnyAsync(a => a.Slug == form.Slug, ct))
                return InvitationOutcome.Refused(nameof(form.Slug), "Areas.SlugTaken");
            if (!await db.Municipalities.AnyAsync(m => m.Code == code, ct))
                return InvitationOutcome.Refused(nameof(form.ResponsibleMunicipality), "Membership.UnknownMunicipality");
            if (await AreaClaims.HeldElsewhereAsync(db, areaId, code, form.StartDate!.Value, null, ct) is not null)
                return InvitationOutcome.Refused(nameof(form.ResponsibleMunicipality), "Areas.MunicipalityTaken");
        }
        var admin = await accounts.FindOrCreateAsync(form.AdministratorEmail.Trim());
        if (admin is null) return InvitationOutcome.Refused(nameof(form.AdministratorEmail), "Validation.EmailInvalid");

        // The area is global data (written outside any area); its member and administrator belong to it.
        await using (var db = await contexts.CreateAsync(ct))
        {
            db.Areas.Add(new EmploymentArea(areaId, form.Slug, form.NameFi.Trim(), Blank(form.NameSv), code, form.CooperationModel!.Value,
                form.StartDate!.Value, form.CommitteeNameFi.Trim(), Blank(form.CommitteeNameSv)));
            await db.SaveChangesAsync(ct);
        }
        area.EnterArea(areaId);
        try
        {
            await using var db = await contexts.CreateAsync(ct);
            db.Memberships.Add(new Membership(Guid.NewGuid(), areaId, code, form.StartDate.Value, null, form.DecisionReference.Trim()));
            db.RoleAssignments.Add(new AreaRoleAssignment(Guid.NewGuid(), areaId, admin.Id, AreaRole.Administrator));
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException error) when (AreaClaims.IsExclusionViolation(error))
        {
            // Another area took the municipality meanwhile: the empty area is deleted again (its creation stays in the audit).
            area.LeaveArea();
            await using var db = await contexts.CreateAsync(ct);
            await db.Areas.Where(a => a.Id == areaId).ExecuteDeleteAsync(ct);
            return InvitationOutcome.Refused(nameof(form.ResponsibleMunicipality), "Areas.MunicipalityTaken");
        }
        finally
        {
            area.LeaveArea();
        }
        return new InvitationOutcome.Done(InvitationAccounts.NeedsLink(admin) ? await accounts.SendLinkAsync(admin, false, ct) : null);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
