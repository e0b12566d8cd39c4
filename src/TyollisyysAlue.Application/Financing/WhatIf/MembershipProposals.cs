using FluentValidation;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.Financing.WhatIf;

namespace TyollisyysAlue.Application.Financing.WhatIf;

/// <summary>Which saved scenario's membership changes to propose to the administrators.</summary>
public sealed class ProposalForm
{
    public Guid ScenarioId { get; set; }
}

public sealed class ProposalFormValidator : AbstractValidator<ProposalForm>
{
    public ProposalFormValidator() => RuleFor(f => f.ScenarioId).NotEmpty().WithErrorCode("WhatIf.ScenarioRequired");
}

/// <summary>
/// A planner or administrator proposes a saved scenario's joins and leaves to the area's administrators: a proposal
/// row they see on the membership page. Nothing of the membership changes; one open proposal per scenario.
/// </summary>
public sealed class ProposeMembershipChange : WriteUseCase<ProposalForm>
{
    public override WriteRight Right => WriteRight.AreaEdit;

    protected internal override async Task<WriteStep> StageAsync(WriteContext write, ProposalForm form, CancellationToken ct)
    {
        var scenario = await write.Db.WhatIfScenarios.AsNoTracking().FirstOrDefaultAsync(s => s.Id == form.ScenarioId, ct);
        if (scenario is null) return write.Gone();
        var changes = scenario.ReadChanges();
        var joining = changes.OfType<AddMunicipality>().Select(a => a.Code).Distinct().ToList();
        var leaving = changes.OfType<RemoveMember>().Select(r => r.Code).Distinct().ToList();
        if (joining.Count == 0 && leaving.Count == 0) return write.Refuse(nameof(form.ScenarioId), "WhatIf.NoMembershipChange");
        if (await write.Db.MembershipProposals.AnyAsync(p => p.ScenarioId == scenario.Id && p.ClosedAt == null, ct))
            return write.Refuse(nameof(form.ScenarioId), "WhatIf.AlreadyProposed");
        var proposal = new MembershipProposal(Guid.NewGuid(), write.AreaId, scenario.Id, scenario.Year, scenario.Name,
            string.Join(',', joining), string.Join(',', leaving), write.UserName, write.Now);
        write.Db.MembershipProposals.Add(proposal);
        return write.Save(proposal);
    }
}

/// <summary>A proposal the administrators have dealt with (recorded the memberships, or decided not to).</summary>
public sealed record CloseProposalForm(Guid ProposalId, uint Version);

public sealed class CloseProposalFormValidator : AbstractValidator<CloseProposalForm>
{
    public CloseProposalFormValidator() => RuleFor(f => f.ProposalId).NotEmpty().WithErrorCode("Write.Gone");
}

public sealed class CloseMembershipProposal : WriteUseCase<CloseProposalForm>
{
    public override WriteRight Right => WriteRight.AreaAdmin;

    protected internal override async Task<WriteStep> StageAsync(WriteContext write, CloseProposalForm form, CancellationToken ct)
    {
        var proposal = await write.Db.MembershipProposals.FirstOrDefaultAsync(p => p.Id == form.ProposalId, ct);
        if (proposal is null || !proposal.IsOpen) return write.Gone();
        write.Expect(proposal, form.Version);
        proposal.Close(write.UserName, write.Now);
        return write.Save(proposal);
    }
}

/// <summary>The area's open membership proposals, newest first (for the administrators' membership page).</summary>
public sealed class MembershipProposalsQuery(IAppDbContextFactory contexts)
{
    public async Task<IReadOnlyList<MembershipProposal>> OpenAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        return await db.MembershipProposals.AsNoTracking().Where(p => p.ClosedAt == null).OrderByDescending(p => p.ProposedAt).ToListAsync(ct);
    }
}
