using TyollisyysAlue.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TyollisyysAlue.Domain.Areas;
using TyollisyysAlue.Domain.Budgets;
using TyollisyysAlue.Domain.CostSharing;
using TyollisyysAlue.Domain.Indicators;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Infrastructure.Persistence.Configurations;

public sealed class AllocationKeyConfiguration : IEntityTypeConfiguration<AllocationKey>
{
    public void Configure(EntityTypeBuilder<AllocationKey> builder)
    {
        builder.ToTable("allocation_keys");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Name).HasMaxLength(200);
        builder.Property(k => k.Version).IsRowVersion();
        builder.HasMany<KeyCriterion>("_criteria").WithOne().HasForeignKey(c => c.KeyId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation("_criteria").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(k => k.Criteria);
        builder.HasOne<EmploymentArea>().WithMany().HasForeignKey(k => k.AreaId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(k => new { k.AreaId, k.BudgetYear, k.Name }).IsUnique();
    }
}

public sealed class KeyCriterionConfiguration : IEntityTypeConfiguration<KeyCriterion>
{
    public void Configure(EntityTypeBuilder<KeyCriterion> builder)
    {
        builder.ToTable("key_criteria", t => t.HasCheckConstraint("ck_key_criteria_weight", "weight_percent >= 0 AND weight_percent <= 100"));
        builder.HasKey(c => c.Id);
        builder.Property(c => c.IndicatorCode).HasMaxLength(40);
        builder.Property(c => c.WeightPercent).HasPrecision(7, 4);
        builder.Property(c => c.ReferenceKind).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(c => c.Reference);
        builder.HasOne<Indicator>().WithMany().HasForeignKey(c => c.IndicatorCode).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class BudgetConfiguration : IEntityTypeConfiguration<Budget>
{
    public void Configure(EntityTypeBuilder<Budget> builder)
    {
        builder.ToTable("budgets");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.StatedIncomeTotal).HasPrecision(18, 2);
        builder.Property(b => b.StatedExpenseTotal).HasPrecision(18, 2);
        builder.Property(b => b.Note).HasMaxLength(1000);
        builder.Property(b => b.Version).IsRowVersion();
        builder.HasOne<EmploymentArea>().WithMany().HasForeignKey(b => b.AreaId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(b => new { b.AreaId, b.Year }).IsUnique();
    }
}

public sealed class BudgetLineItemConfiguration : IEntityTypeConfiguration<BudgetLineItem>
{
    public void Configure(EntityTypeBuilder<BudgetLineItem> builder)
    {
        builder.ToTable("budget_lines", t =>
        {
            t.HasCheckConstraint("ck_budget_lines_amount", "amount >= 0");
            t.HasCheckConstraint("ck_budget_lines_range", "range_low IS NULL OR range_high IS NULL OR range_low <= range_high");
        });
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(l => l.ExpenseCategory).HasConversion<string>().HasMaxLength(40);
        builder.Property(l => l.IncomeCategory).HasConversion<string>().HasMaxLength(40);
        builder.Property(l => l.Label).HasMaxLength(300);
        builder.Property(l => l.Amount).HasPrecision(18, 2);
        builder.Property(l => l.RangeLow).HasPrecision(18, 2);
        builder.Property(l => l.RangeHigh).HasPrecision(18, 2);
        builder.Property(l => l.MunicipalityCode).HasConversion<MunicipalityCodeConverter>().HasMaxLength(3).IsFixedLength();
        builder.Property(l => l.Version).IsRowVersion();
        builder.HasOne<Budget>().WithMany().HasForeignKey(l => l.BudgetId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Municipality>().WithMany().HasForeignKey(l => l.MunicipalityCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AllocationKey>().WithMany().HasForeignKey(l => l.KeyId).OnDelete(DeleteBehavior.SetNull);
    }
}

public sealed class BudgetRevisionConfiguration : IEntityTypeConfiguration<BudgetRevision>
{
    public void Configure(EntityTypeBuilder<BudgetRevision> builder)
    {
        builder.ToTable("budget_revisions", t => t.HasCheckConstraint("ck_budget_revisions_month", "from_month BETWEEN 1 AND 12"));
        builder.HasKey(r => r.Id);
        builder.Property(r => r.SharedCost).HasPrecision(18, 2);
        builder.Property(r => r.DecisionReference).HasMaxLength(300);
        builder.Property(r => r.CancelledBy).HasMaxLength(256);
        builder.Property(r => r.CancelReason).HasMaxLength(Cancellation.MaxReasonLength);
        builder.Property(r => r.Version).IsRowVersion();
        builder.Ignore(r => r.Cancelled);
        // A cancelled revision stays as history; a new one may start in the same month.
        builder.HasIndex(r => new { r.AreaId, r.Year, r.FromMonth }).IsUnique().HasFilter("cancelled_at IS NULL");
        builder.HasOne<EmploymentArea>().WithMany().HasForeignKey(r => r.AreaId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class YearEndReconciliationConfiguration : IEntityTypeConfiguration<YearEndReconciliation>
{
    public void Configure(EntityTypeBuilder<YearEndReconciliation> builder)
    {
        builder.ToTable("year_end_reconciliations");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.ActualSharedCost).HasPrecision(18, 2);
        builder.Property(r => r.CarriedAmount).HasPrecision(18, 2);
        builder.Property(r => r.DecisionReference).HasMaxLength(300);
        builder.Property(r => r.ComputedFromActuals).HasPrecision(18, 2);
        builder.Property(r => r.OverrideReason).HasMaxLength(500);
        builder.Property(r => r.CostRecordedBy).HasMaxLength(256);
        builder.Property(r => r.Version).IsRowVersion();
        builder.Property(r => r.CancelledBy).HasMaxLength(256);
        builder.Property(r => r.CancelReason).HasMaxLength(Cancellation.MaxReasonLength);
        builder.Ignore(r => r.Cancelled);
        // One reconciliation in force per year; cancelled ones stay as history.
        builder.HasIndex(r => new { r.AreaId, r.Year }).IsUnique().HasFilter("cancelled_at IS NULL");
        builder.HasOne<EmploymentArea>().WithMany().HasForeignKey(r => r.AreaId).OnDelete(DeleteBehavior.Cascade);
    }
}
