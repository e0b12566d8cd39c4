using TyollisyysAlue.Domain.Common;

namespace TyollisyysAlue.Domain.Financing.WhatIf;

/// <summary>
/// A what-if scenario's membership changes (who joins, who leaves) proposed to the area's administrators, who see it
/// on the membership page. Never applied by itself: the administrators record memberships as before, then close the
/// proposal. The scenario's name and changes are copied, so the proposal reads the same if the scenario changes.
/// </summary>
public class MembershipProposal : IAreaOwned
{
    public MembershipProposal(Guid id, Guid areaId, Guid scenarioId, int year, string scenarioName, string joining, string leaving,
        string proposedBy, DateTimeOffset proposedAt)
    {
        Id = id;
        AreaId = areaId;
        ScenarioId = scenarioId;
        Year = year;
        ScenarioName = scenarioName;
        Joining = joining;
        Leaving = leaving;
        ProposedBy = proposedBy;
        ProposedAt = proposedAt;
    }

    public Guid Id { get; private set; }
    public Guid AreaId { get; private set; }
    public Guid ScenarioId { get; private set; }
    public int Year { get; private set; }
    public string ScenarioName { get; private set; }
    /// <summary>Municipality codes that join, comma-separated.</summary>
    public string Joining { get; private set; }
    /// <summary>Member codes that leave, comma-separated.</summary>
    public string Leaving { get; private set; }
    public string ProposedBy { get; private set; }
    public DateTimeOffset ProposedAt { get; private set; }
    public string? ClosedBy { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public uint Version { get; private set; }

    public bool IsOpen => ClosedAt is null;

    public void Close(string by, DateTimeOffset at)
    {
        if (!IsOpen) throw new DomainException("proposal.closed", "The proposal is already closed.");
        ClosedBy = by;
        ClosedAt = at;
    }
}
