using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TyollisyysAlue.Domain.Areas;
using TyollisyysAlue.Domain.Financing;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Infrastructure.Persistence.Configurations;

public sealed class NationalParameterConfiguration : IEntityTypeConfiguration<NationalParameter>
{
    public void Configure(EntityTypeBuilder<NationalParameter> builder)
    {
        builder.ToTable("national_parameters", t => t.HasCheckConstraint("ck_national_parameters_value", "value >= 0"));
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Code).HasMaxLength(60);
        builder.Property(p => p.Value).HasPrecision(18, 4);
        builder.Property(p => p.Source).HasMaxLength(300);
        builder.Property(p => p.EnteredBy).HasMaxLength(200);
        builder.Property(p => p.Version).IsRowVersion();
        builder.HasIndex(p => new { p.Year, p.Code }).IsUnique();
    }
}

public sealed class BenefitLiabilityStepConfiguration : IEntityTypeConfiguration<BenefitLiabilityStep>
{
    public void Configure(EntityTypeBuilder<BenefitLiabilityStep> builder)
    {
        builder.ToTable("benefit_liability_steps", t => t.HasCheckConstraint("ck_benefit_liability_steps_percent", "municipal_percent >= 0 AND municipal_percent <= 100"));
        builder.HasKey(s => s.Id);
        builder.Property(s => s.MunicipalPercent).HasPrecision(7, 4);
        builder.Property(s => s.Source).HasMaxLength(300);
        builder.Property(s => s.EnteredBy).HasMaxLength(200);
        builder.HasIndex(s => new { s.Year, s.FromDay }).IsUnique();
    }
}

public sealed class MunicipalFinancingFigureConfiguration : IEntityTypeConfiguration<MunicipalFinancingFigure>
{
    public void Configure(EntityTypeBuilder<MunicipalFinancingFigure> builder)
    {
        builder.ToTable("municipal_financing_figures", t => t.HasCheckConstraint("ck_municipal_financing_figures_amount", "amount >= 0"));
        builder.HasKey(f => f.Id);
        builder.Property(f => f.MunicipalityCode).HasConversion<MunicipalityCodeConverter>().HasMaxLength(3).IsFixedLength();
        builder.Property(f => f.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(f => f.Amount).HasPrecision(18, 2);
        builder.Property(f => f.Source).HasMaxLength(300);
        builder.Property(f => f.EnteredBy).HasMaxLength(200);
        builder.Property(f => f.Version).IsRowVersion();
        builder.HasIndex(f => new { f.Year, f.Kind, f.MunicipalityCode }).IsUnique();
        builder.HasOne<Municipality>().WithMany().HasForeignKey(f => f.MunicipalityCode).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class BenefitLiabilityEstimateConfiguration : IEntityTypeConfiguration<BenefitLiabilityEstimate>
{
    public void Configure(EntityTypeBuilder<BenefitLiabilityEstimate> builder)
    {
        builder.ToTable("benefit_liability_estimates", t => t.HasCheckConstraint("ck_benefit_liability_estimates_amount", "amount >= 0"));
        builder.HasKey(e => e.Id);
        builder.Property(e => e.MunicipalityCode).HasConversion<MunicipalityCodeConverter>().HasMaxLength(3).IsFixedLength();
        builder.Property(e => e.Amount).HasPrecision(18, 2);
        builder.Property(e => e.Basis).HasMaxLength(500);
        builder.Property(e => e.Version).IsRowVersion();
        builder.HasIndex(e => new { e.AreaId, e.Year, e.MunicipalityCode }).IsUnique();
        builder.HasOne<EmploymentArea>().WithMany().HasForeignKey(e => e.AreaId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Municipality>().WithMany().HasForeignKey(e => e.MunicipalityCode).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class WhatIfScenarioConfiguration : IEntityTypeConfiguration<Domain.Financing.WhatIf.WhatIfScenario>
{
    public void Configure(EntityTypeBuilder<Domain.Financing.WhatIf.WhatIfScenario> builder)
    {
        builder.ToTable("what_if_scenarios");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Name).HasMaxLength(Domain.Financing.WhatIf.WhatIfScenario.MaxNameLength);
        builder.Property(s => s.ChangesJson).HasColumnType("jsonb");
        builder.Property(s => s.CreatedBy).HasMaxLength(200);
        builder.Property(s => s.Version).IsRowVersion();
        builder.HasIndex(s => new { s.AreaId, s.Year, s.Name }).IsUnique();
        builder.HasOne<EmploymentArea>().WithMany().HasForeignKey(s => s.AreaId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class MembershipProposalConfiguration : IEntityTypeConfiguration<Domain.Financing.WhatIf.MembershipProposal>
{
    public void Configure(EntityTypeBuilder<Domain.Financing.WhatIf.MembershipProposal> builder)
    {
        builder.ToTable("membership_proposals");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.ScenarioName).HasMaxLength(Domain.Financing.WhatIf.WhatIfScenario.MaxNameLength);
        builder.Property(p => p.Joining).HasMaxLength(2000);
        builder.Property(p => p.Leaving).HasMaxLength(2000);
        builder.Property(p => p.ProposedBy).HasMaxLength(200);
        builder.Property(p => p.ClosedBy).HasMaxLength(200);
        builder.Property(p => p.Version).IsRowVersion();
        builder.Ignore(p => p.IsOpen);
        builder.HasIndex(p => new { p.AreaId, p.ClosedAt });
        builder.HasOne<EmploymentArea>().WithMany().HasForeignKey(p => p.AreaId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class YearsAheadAssumptionsConfiguration : IEntityTypeConfiguration<YearsAheadAssumptions>
{
    public void Configure(EntityTypeBuilder<YearsAheadAssumptions> builder)
    {
        builder.ToTable("years_ahead_assumptions");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.GrowthJson).HasColumnType("jsonb");
        builder.Property(a => a.TrendsJson).HasColumnType("jsonb");
        builder.Property(a => a.Version).IsRowVersion();
        builder.HasIndex(a => new { a.AreaId, a.BudgetYear }).IsUnique();
        builder.HasOne<EmploymentArea>().WithMany().HasForeignKey(a => a.AreaId).OnDelete(DeleteBehavior.Cascade);
    }
}
