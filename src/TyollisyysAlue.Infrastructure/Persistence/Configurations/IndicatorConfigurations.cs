using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TyollisyysAlue.Domain.Indicators;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Infrastructure.Persistence.Configurations;

public sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> builder)
    {
        builder.ToTable("indicators");
        builder.HasKey(i => i.Code);
        builder.Property(i => i.Code).HasMaxLength(40);
        builder.Property(i => i.NameFi).HasMaxLength(200);
        builder.Property(i => i.NameSv).HasMaxLength(200);
        builder.Property(i => i.NameEn).HasMaxLength(200);
        builder.Property(i => i.Source).HasMaxLength(200);
        builder.Property(i => i.Kind).HasConversion<string>().HasMaxLength(20);
    }
}

public sealed class IndicatorValueConfiguration : IEntityTypeConfiguration<IndicatorValue>
{
    public void Configure(EntityTypeBuilder<IndicatorValue> builder)
    {
        builder.ToTable("indicator_values", t => t.HasCheckConstraint("ck_indicator_values_non_negative", "value >= 0"));
        builder.HasKey(v => v.Id);
        builder.Property(v => v.MunicipalityCode).HasConversion<MunicipalityCodeConverter>().HasMaxLength(3).IsFixedLength();
        builder.Property(v => v.IndicatorCode).HasMaxLength(40);
        builder.Property(v => v.Value).HasPrecision(18, 2);
        builder.Property(v => v.Source).HasMaxLength(200);
        builder.Property(v => v.Version).IsRowVersion();
        builder.HasIndex(v => new { v.AreaId, v.IndicatorCode, v.MunicipalityCode, v.OnDate }).IsUnique();
        builder.HasOne<Indicator>().WithMany().HasForeignKey(v => v.IndicatorCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Municipality>().WithMany().HasForeignKey(v => v.MunicipalityCode).OnDelete(DeleteBehavior.Restrict);
    }
}
