using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TyollisyysAlue.Domain.Areas;
using TyollisyysAlue.Domain.Budgets;
using TyollisyysAlue.Domain.FollowUp;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Infrastructure.Persistence.Configurations;

public sealed class LedgerRuleConfiguration : IEntityTypeConfiguration<LedgerRule>
{
    public void Configure(EntityTypeBuilder<LedgerRule> builder)
    {
        builder.ToTable("ledger_rules");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.AccountFrom).HasMaxLength(LedgerRule.MaxCodeLength);
        builder.Property(r => r.AccountTo).HasMaxLength(LedgerRule.MaxCodeLength);
        builder.Property(r => r.CostCentreFrom).HasMaxLength(LedgerRule.MaxCodeLength);
        builder.Property(r => r.CostCentreTo).HasMaxLength(LedgerRule.MaxCodeLength);
        builder.Property(r => r.Version).IsRowVersion();
        builder.HasOne<BudgetLineItem>().WithMany().HasForeignKey(r => r.BudgetLineId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<EmploymentArea>().WithMany().HasForeignKey(r => r.AreaId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class LedgerImportConfiguration : IEntityTypeConfiguration<LedgerImport>
{
    public void Configure(EntityTypeBuilder<LedgerImport> builder)
    {
        builder.ToTable("ledger_imports");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.FileName).HasMaxLength(200);
        builder.Property(i => i.Sha256).HasMaxLength(64).IsFixedLength();
        builder.Property(i => i.ImportedBy).HasMaxLength(256);
        builder.Property(i => i.UndoneBy).HasMaxLength(256);
        builder.Property(i => i.Total).HasPrecision(18, 2);
        builder.Property(i => i.Version).IsRowVersion();
        builder.Ignore(i => i.IsActive);
        builder.HasIndex(i => new { i.AreaId, i.Year });
        builder.HasOne<EmploymentArea>().WithMany().HasForeignKey(i => i.AreaId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class LedgerEntryConfiguration : IEntityTypeConfiguration<LedgerEntry>
{
    public void Configure(EntityTypeBuilder<LedgerEntry> builder)
    {
        builder.ToTable("ledger_entries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Account).HasMaxLength(LedgerRule.MaxCodeLength);
        builder.Property(e => e.CostCentre).HasMaxLength(LedgerRule.MaxCodeLength);
        builder.Property(e => e.Project).HasMaxLength(LedgerRule.MaxCodeLength);
        builder.Property(e => e.Description).HasMaxLength(500);
        builder.Property(e => e.Amount).HasPrecision(18, 2);
        builder.HasIndex(e => new { e.AreaId, e.Year, e.Month, e.BudgetLineId });
        builder.HasIndex(e => e.ImportId);
        builder.HasOne<LedgerImport>().WithMany().HasForeignKey(e => e.ImportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<BudgetLineItem>().WithMany().HasForeignKey(e => e.BudgetLineId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class LineForecastConfiguration : IEntityTypeConfiguration<LineForecast>
{
    public void Configure(EntityTypeBuilder<LineForecast> builder)
    {
        builder.ToTable("line_forecasts");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Amount).HasPrecision(18, 2);
        builder.Property(f => f.Comment).HasMaxLength(1000);
        builder.Property(f => f.Version).IsRowVersion();
        builder.HasIndex(f => new { f.AreaId, f.BudgetLineId }).IsUnique();
        builder.HasOne<BudgetLineItem>().WithMany().HasForeignKey(f => f.BudgetLineId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class LineProfileConfiguration : IEntityTypeConfiguration<LineProfile>
{
    public void Configure(EntityTypeBuilder<LineProfile> builder)
    {
        builder.ToTable("line_profiles");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Months).HasColumnType("numeric(18,2)[]");
        builder.Property(p => p.Version).IsRowVersion();
        builder.HasIndex(p => new { p.AreaId, p.BudgetLineId }).IsUnique();
        builder.HasOne<BudgetLineItem>().WithMany().HasForeignKey(p => p.BudgetLineId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class MemberInvoiceConfiguration : IEntityTypeConfiguration<MemberInvoice>
{
    public void Configure(EntityTypeBuilder<MemberInvoice> builder)
    {
        builder.ToTable("member_invoices");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.MunicipalityCode).HasConversion<MunicipalityCodeConverter>().HasMaxLength(3).IsFixedLength();
        builder.Property(i => i.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Amount).HasPrecision(18, 2);
        builder.Property(i => i.Version).IsRowVersion();
        builder.Ignore(i => i.IsRefund);
        builder.HasIndex(i => new { i.AreaId, i.Year, i.MunicipalityCode, i.Month, i.Kind }).IsUnique();
        builder.HasIndex(i => i.ReconciliationId);
        builder.HasOne<Municipality>().WithMany().HasForeignKey(i => i.MunicipalityCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<EmploymentArea>().WithMany().HasForeignKey(i => i.AreaId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class MemberPaymentConfiguration : IEntityTypeConfiguration<MemberPayment>
{
    public void Configure(EntityTypeBuilder<MemberPayment> builder)
    {
        builder.ToTable("member_payments");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.MunicipalityCode).HasConversion<MunicipalityCodeConverter>().HasMaxLength(3).IsFixedLength();
        builder.Property(p => p.Amount).HasPrecision(18, 2);
        builder.Property(p => p.Reference).HasMaxLength(200);
        builder.Property(p => p.ImportedFrom).HasMaxLength(260);
        builder.Property(p => p.Version).IsRowVersion();
        // An accounts-receivable import skips references already recorded (idempotent re-import).
        builder.HasIndex(p => new { p.AreaId, p.Reference });
        builder.HasIndex(p => new { p.AreaId, p.Year, p.MunicipalityCode });
        builder.HasOne<Municipality>().WithMany().HasForeignKey(p => p.MunicipalityCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<EmploymentArea>().WithMany().HasForeignKey(p => p.AreaId).OnDelete(DeleteBehavior.Cascade);
    }
}
