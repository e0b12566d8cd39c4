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
        // Existing rows become counts of persons; the seeder then states every definition's unit.
        builder.Property(i => i.Unit).HasConversion<string>().HasMaxLength(20).HasDefaultValue(IndicatorUnit.Persons).HasSentinel(default(IndicatorUnit));
        builder.Property(i => i.Formula).HasMaxLength(500);
        builder.Ignore(i => i.IsDerived);
        builder.Ignore(i => i.ParsedFormula);
    }
}

public sealed class SavedImportMappingConfiguration : IEntityTypeConfiguration<SavedImportMapping>
{
    public void Configure(EntityTypeBuilder<SavedImportMapping> builder)
    {
        builder.ToTable("import_mappings");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Signature).HasMaxLength(64).IsFixedLength();
        builder.Property(m => m.Name).HasMaxLength(SavedImportMapping.MaxNameLength);
        builder.Property(m => m.MappingJson).HasColumnType("jsonb");
        builder.Property(m => m.Version).IsRowVersion();
        builder.HasIndex(m => new { m.AreaId, m.Signature }).IsUnique();
        builder.HasOne<Domain.Areas.EmploymentArea>().WithMany().HasForeignKey(m => m.AreaId).OnDelete(DeleteBehavior.Cascade);
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
