using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TyollisyysAlue.Domain.Areas;
using TyollisyysAlue.Domain.Indicators;
using TyollisyysAlue.Domain.Municipalities;
using TyollisyysAlue.Domain.Plans;

namespace TyollisyysAlue.Infrastructure.Persistence.Configurations;

public sealed class PlanGoalConfiguration : IEntityTypeConfiguration<PlanGoal>
{
    public void Configure(EntityTypeBuilder<PlanGoal> builder)
    {
        builder.ToTable("plan_goals");
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Group).HasMaxLength(200);
        builder.Property(g => g.Title).HasMaxLength(500);
        builder.Property(g => g.Version).IsRowVersion();
        builder.HasOne<EmploymentArea>().WithMany().HasForeignKey(g => g.AreaId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class PlanMetricConfiguration : IEntityTypeConfiguration<PlanMetric>
{
    public void Configure(EntityTypeBuilder<PlanMetric> builder)
    {
        builder.ToTable("plan_metrics");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Name).HasMaxLength(300);
        builder.Property(m => m.Baseline).HasMaxLength(100);
        builder.Property(m => m.Target).HasMaxLength(100);
        builder.Property(m => m.Source).HasMaxLength(300);
        builder.Property(m => m.SeriesIndicatorCode).HasMaxLength(40);
        builder.Property(m => m.SeriesMunicipality).HasConversion<MunicipalityCodeConverter>().HasMaxLength(3).IsFixedLength();
        builder.Property(m => m.BaselineValue).HasPrecision(18, 2);
        builder.Property(m => m.TargetValue).HasPrecision(18, 2);
        builder.Property(m => m.Version).IsRowVersion();
        builder.HasOne<PlanGoal>().WithMany().HasForeignKey(m => m.GoalId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Indicator>().WithMany().HasForeignKey(m => m.SeriesIndicatorCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Municipality>().WithMany().HasForeignKey(m => m.SeriesMunicipality).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class PlanActionConfiguration : IEntityTypeConfiguration<PlanAction>
{
    public void Configure(EntityTypeBuilder<PlanAction> builder)
    {
        builder.ToTable("plan_actions");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Description).HasMaxLength(1000);
        builder.Property(a => a.Owner).HasMaxLength(200);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Version).IsRowVersion();
        builder.HasOne<PlanGoal>().WithMany().HasForeignKey(a => a.GoalId).OnDelete(DeleteBehavior.Cascade);
    }
}
