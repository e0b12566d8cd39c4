using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Domain.Access;
using TyollisyysAlue.Domain.Areas;
using TyollisyysAlue.Domain.Auditing;
using TyollisyysAlue.Domain.Budgets;
using TyollisyysAlue.Domain.CostSharing;
using TyollisyysAlue.Domain.Indicators;
using TyollisyysAlue.Domain.Memberships;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Application.Common;

/// <summary>The data the use cases work on. Area-owned sets are already filtered to the current area.</summary>
public interface IAppDbContext : IAsyncDisposable
{
    DbSet<EmploymentArea> Areas { get; }
    DbSet<Municipality> Municipalities { get; }
    DbSet<Membership> Memberships { get; }
    DbSet<MunicipalityAreaClaim> MunicipalityAreaClaims { get; }
    DbSet<AreaRoleAssignment> RoleAssignments { get; }
    DbSet<AuditEntry> AuditEntries { get; }
    DbSet<Indicator> Indicators { get; }
    DbSet<IndicatorValue> IndicatorValues { get; }
    DbSet<SavedImportMapping> ImportMappings { get; }
    DbSet<AllocationKey> AllocationKeys { get; }
    DbSet<KeyCriterion> KeyCriteria { get; }
    DbSet<Budget> Budgets { get; }
    DbSet<BudgetLineItem> BudgetLines { get; }
    DbSet<BudgetRevision> BudgetRevisions { get; }
    DbSet<Domain.Committees.CommitteeMember> CommitteeMembers { get; }
    DbSet<YearEndReconciliation> Reconciliations { get; }
    DbSet<ApiToken> ApiTokens { get; }
    DbSet<Domain.Offices.ServicePoint> ServicePoints { get; }
    DbSet<Domain.Offices.ProductionArea> ProductionAreas { get; }
    DbSet<Domain.Offices.ProductionAreaUnit> ProductionAreaUnits { get; }
    DbSet<Domain.Staffing.StaffAllocation> StaffAllocations { get; }
    DbSet<Domain.Staffing.StaffingPlan> StaffingPlans { get; }
    DbSet<Domain.Partners.Partner> Partners { get; }
    DbSet<Domain.Plans.PlanVersion> PlanVersions { get; }
    DbSet<Domain.Plans.PlanSection> PlanSections { get; }
    DbSet<Domain.Plans.PlanSectionRevision> PlanSectionRevisions { get; }
    DbSet<Domain.Plans.PlanDraft> PlanDrafts { get; }
    DbSet<Domain.Plans.PlanComment> PlanComments { get; }
    DbSet<Domain.Plans.PlanGoal> PlanGoals { get; }
    DbSet<Domain.Plans.PlanMetric> PlanMetrics { get; }
    DbSet<Domain.Plans.PlanAction> PlanActions { get; }
    DbSet<Domain.FollowUp.LedgerRule> LedgerRules { get; }
    DbSet<Domain.FollowUp.LedgerImport> LedgerImports { get; }
    DbSet<Domain.FollowUp.LedgerEntry> LedgerEntries { get; }
    DbSet<Domain.FollowUp.LineForecast> LineForecasts { get; }
    DbSet<Domain.FollowUp.LineProfile> LineProfiles { get; }
    DbSet<Domain.FollowUp.MemberInvoice> MemberInvoices { get; }
    DbSet<Domain.FollowUp.MemberPayment> MemberPayments { get; }
    DbSet<Domain.Financing.NationalParameter> NationalParameters { get; }
    DbSet<Domain.Financing.BenefitLiabilityStep> BenefitLiabilitySteps { get; }
    DbSet<Domain.Financing.MunicipalFinancingFigure> MunicipalFinancingFigures { get; }
    DbSet<Domain.Financing.BenefitLiabilityEstimate> BenefitLiabilityEstimates { get; }
    DbSet<Domain.Financing.WhatIf.WhatIfScenario> WhatIfScenarios { get; }
    DbSet<Domain.Financing.YearsAheadAssumptions> YearsAheadAssumptions { get; }
    DbSet<Domain.Financing.WhatIf.MembershipProposal> MembershipProposals { get; }
    DbSet<Domain.Feedback.AccessibilityFeedback> AccessibilityFeedback { get; }

    /// <summary>For the few use cases that need an explicit transaction (e.g. a lock against concurrent changes).</summary>
    Microsoft.EntityFrameworkCore.Infrastructure.DatabaseFacade Database { get; }

    /// <summary>Waits for, and holds until the transaction ends, a lock on one topic in one area (PostgreSQL advisory lock).</summary>
    Task LockAsync(Guid areaId, string topic, CancellationToken cancellationToken = default);

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}

/// <summary>Creates a short-lived context per operation (Blazor Server: never one context per circuit).</summary>
public interface IAppDbContextFactory
{
    Task<IAppDbContext> CreateAsync(CancellationToken cancellationToken = default);
}
