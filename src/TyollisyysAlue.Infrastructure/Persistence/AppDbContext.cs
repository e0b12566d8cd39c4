using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Access;
using TyollisyysAlue.Domain.Areas;
using TyollisyysAlue.Domain.Auditing;
using TyollisyysAlue.Domain.Budgets;
using TyollisyysAlue.Domain.CostSharing;
using TyollisyysAlue.Domain.Indicators;
using TyollisyysAlue.Domain.Memberships;
using TyollisyysAlue.Domain.Municipalities;
using TyollisyysAlue.Infrastructure.Identity;
using TyollisyysAlue.Infrastructure.Persistence.Tenancy;

namespace TyollisyysAlue.Infrastructure.Persistence;

public class AppDbContext(DbContextOptions<AppDbContext> options, AreaContext areaContext)
    : IdentityUserContext<ApplicationUser, Guid>(options), IAppDbContext, IDataProtectionKeyContext
{
    public DbSet<EmploymentArea> Areas => Set<EmploymentArea>();
    public DbSet<Municipality> Municipalities => Set<Municipality>();
    public DbSet<Membership> Memberships => Set<Membership>();
    public DbSet<MunicipalityAreaClaim> MunicipalityAreaClaims => Set<MunicipalityAreaClaim>();
    public DbSet<AreaRoleAssignment> RoleAssignments => Set<AreaRoleAssignment>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Indicator> Indicators => Set<Indicator>();
    public DbSet<IndicatorValue> IndicatorValues => Set<IndicatorValue>();
    public DbSet<SavedImportMapping> ImportMappings => Set<SavedImportMapping>();
    public DbSet<AllocationKey> AllocationKeys => Set<AllocationKey>();
    public DbSet<KeyCriterion> KeyCriteria => Set<KeyCriterion>();
    public DbSet<Budget> Budgets => Set<Budget>();
    public DbSet<BudgetLineItem> BudgetLines => Set<BudgetLineItem>();
    public DbSet<BudgetRevision> BudgetRevisions => Set<BudgetRevision>();
    public DbSet<Domain.Committees.CommitteeMember> CommitteeMembers => Set<Domain.Committees.CommitteeMember>();
    public DbSet<YearEndReconciliation> Reconciliations => Set<YearEndReconciliation>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<Domain.Offices.ServicePoint> ServicePoints => Set<Domain.Offices.ServicePoint>();
    public DbSet<Domain.Offices.ProductionArea> ProductionAreas => Set<Domain.Offices.ProductionArea>();
    public DbSet<Domain.Offices.ProductionAreaUnit> ProductionAreaUnits => Set<Domain.Offices.ProductionAreaUnit>();
    public DbSet<Domain.Staffing.StaffAllocation> StaffAllocations => Set<Domain.Staffing.StaffAllocation>();
    public DbSet<Domain.Staffing.StaffingPlan> StaffingPlans => Set<Domain.Staffing.StaffingPlan>();
    public DbSet<Domain.Partners.Partner> Partners => Set<Domain.Partners.Partner>();
    public DbSet<Domain.Plans.PlanVersion> PlanVersions => Set<Domain.Plans.PlanVersion>();
    public DbSet<Domain.Plans.PlanSection> PlanSections => Set<Domain.Plans.PlanSection>();
    public DbSet<Domain.Plans.PlanSectionRevision> PlanSectionRevisions => Set<Domain.Plans.PlanSectionRevision>();
    public DbSet<Domain.Plans.PlanDraft> PlanDrafts => Set<Domain.Plans.PlanDraft>();
    public DbSet<Domain.Plans.PlanComment> PlanComments => Set<Domain.Plans.PlanComment>();
    public DbSet<Domain.Plans.PlanGoal> PlanGoals => Set<Domain.Plans.PlanGoal>();
    public DbSet<Domain.Plans.PlanMetric> PlanMetrics => Set<Domain.Plans.PlanMetric>();
    public DbSet<Domain.Plans.PlanAction> PlanActions => Set<Domain.Plans.PlanAction>();
    public DbSet<Domain.FollowUp.LedgerRule> LedgerRules => Set<Domain.FollowUp.LedgerRule>();
    public DbSet<Domain.FollowUp.LedgerImport> LedgerImports => Set<Domain.FollowUp.LedgerImport>();
    public DbSet<Domain.FollowUp.LedgerEntry> LedgerEntries => Set<Domain.FollowUp.LedgerEntry>();
    public DbSet<Domain.FollowUp.LineForecast> LineForecasts => Set<Domain.FollowUp.LineForecast>();
    public DbSet<Domain.FollowUp.LineProfile> LineProfiles => Set<Domain.FollowUp.LineProfile>();
    public DbSet<Domain.FollowUp.MemberInvoice> MemberInvoices => Set<Domain.FollowUp.MemberInvoice>();
    public DbSet<Domain.FollowUp.MemberPayment> MemberPayments => Set<Domain.FollowUp.MemberPayment>();
    public DbSet<Domain.Financing.NationalParameter> NationalParameters => Set<Domain.Financing.NationalParameter>();
    public DbSet<Domain.Financing.BenefitLiabilityStep> BenefitLiabilitySteps => Set<Domain.Financing.BenefitLiabilityStep>();
    public DbSet<Domain.Financing.MunicipalFinancingFigure> MunicipalFinancingFigures => Set<Domain.Financing.MunicipalFinancingFigure>();
    public DbSet<Domain.Financing.BenefitLiabilityEstimate> BenefitLiabilityEstimates => Set<Domain.Financing.BenefitLiabilityEstimate>();
    public DbSet<Domain.Financing.WhatIf.WhatIfScenario> WhatIfScenarios => Set<Domain.Financing.WhatIf.WhatIfScenario>();
    public DbSet<Domain.Financing.YearsAheadAssumptions> YearsAheadAssumptions => Set<Domain.Financing.YearsAheadAssumptions>();
    public DbSet<Domain.Financing.WhatIf.MembershipProposal> MembershipProposals => Set<Domain.Financing.WhatIf.MembershipProposal>();
    public DbSet<Domain.Feedback.AccessibilityFeedback> AccessibilityFeedback => Set<Domain.Feedback.AccessibilityFeedback>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <inheritdoc />
    public async Task LockAsync(Guid areaId, string topic, CancellationToken cancellationToken = default)
    {
        if (Database.CurrentTransaction is null) throw new InvalidOperationException("A lock is held until the transaction ends: begin one first.");
        var key = $"{areaId}:{topic}";
        await Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext({key}))", cancellationToken);
    }

    /// <summary>Who is working where; read by the query filter, the session interceptor and the audit.</summary>
    public AreaContext AreaContext { get; } = areaContext;

    /// <summary>
    /// The area query filter's value, evaluated by EF for every query of an area-owned entity. Throws while no area is
    /// entered: such a query is a bug, and an empty result would hide it (reads across areas use AcrossAreas).
    /// </summary>
    public Guid AreaFilterValue(string entity) => AreaContext.AreaId ?? throw new AreaNotEnteredException(entity);

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        builder.ApplyAreaIsolation(this);
    }
}
