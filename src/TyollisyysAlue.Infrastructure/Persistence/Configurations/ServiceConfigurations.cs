using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TyollisyysAlue.Domain.Areas;
using TyollisyysAlue.Domain.Procurement;
using TyollisyysAlue.Domain.Services;

namespace TyollisyysAlue.Infrastructure.Persistence.Configurations;

public sealed class NationalServiceConfiguration : IEntityTypeConfiguration<NationalService>
{
    public void Configure(EntityTypeBuilder<NationalService> builder)
    {
        builder.ToTable("national_services");
        builder.HasKey(s => s.Code);
        builder.Property(s => s.Code).HasMaxLength(60);
        builder.Property(s => s.Group).HasConversion<string>().HasMaxLength(40);
        builder.Property(s => s.Audience).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.NameFi).HasMaxLength(200);
        builder.Property(s => s.NameSv).HasMaxLength(200);
        builder.Property(s => s.NameEn).HasMaxLength(200);
    }
}

public sealed class LocalServiceConfiguration : IEntityTypeConfiguration<LocalService>
{
    public void Configure(EntityTypeBuilder<LocalService> builder)
    {
        builder.ToTable("local_services");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Group).HasConversion<string>().HasMaxLength(40);
        builder.Property(s => s.Audience).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.NameFi).HasMaxLength(200);
        builder.Property(s => s.NameSv).HasMaxLength(200);
        builder.Property(s => s.NameEn).HasMaxLength(200);
        builder.Property(s => s.Version).IsRowVersion();
        builder.HasOne<EmploymentArea>().WithMany().HasForeignKey(s => s.AreaId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ServiceOfferingConfiguration : IEntityTypeConfiguration<ServiceOffering>
{
    public void Configure(EntityTypeBuilder<ServiceOffering> builder)
    {
        builder.ToTable("service_offerings", t =>
        {
            t.HasCheckConstraint("ck_service_offerings_cost", "cost >= 0");
            t.HasCheckConstraint("ck_service_offerings_volume", "volume IS NULL OR volume >= 0");
            t.HasCheckConstraint("ck_service_offerings_one_service", "(national_service_code IS NULL) <> (local_service_id IS NULL)");
        });
        builder.HasKey(o => o.Id);
        builder.Property(o => o.NationalServiceCode).HasMaxLength(60);
        builder.Property(o => o.Mode).HasConversion<string>().HasMaxLength(30);
        builder.Property(o => o.StatutoryClass).HasConversion<string>().HasMaxLength(40);
        builder.Property(o => o.VolumeUnit).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.Cost).HasPrecision(18, 2);
        builder.Property(o => o.Producer).HasMaxLength(200);
        builder.Property(o => o.Note).HasMaxLength(1000);
        builder.Property(o => o.Version).IsRowVersion();
        builder.HasOne<EmploymentArea>().WithMany().HasForeignKey(o => o.AreaId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<NationalService>().WithMany().HasForeignKey(o => o.NationalServiceCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<LocalService>().WithMany().HasForeignKey(o => o.LocalServiceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => new { o.AreaId, o.Year });
    }
}

public sealed class ProcurementLineConfiguration : IEntityTypeConfiguration<ProcurementLine>
{
    public void Configure(EntityTypeBuilder<ProcurementLine> builder)
    {
        builder.ToTable("procurement_lines", t =>
        {
            t.HasCheckConstraint("ck_procurement_lines_value", "estimated_value >= 0");
            t.HasCheckConstraint("ck_procurement_lines_ground", "direct_award_ground IS NULL OR procedure = 'DirectAward'");
            t.HasCheckConstraint("ck_procurement_lines_months", "contract_months IS NULL OR contract_months BETWEEN 1 AND 120");
        });
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Title).HasMaxLength(300);
        builder.Property(l => l.Category).HasConversion<string>().HasMaxLength(40);
        builder.Property(l => l.EstimatedValue).HasPrecision(18, 2);
        builder.Property(l => l.Procedure).HasConversion<string>().HasMaxLength(40);
        builder.Property(l => l.DirectAwardGround).HasConversion<string>().HasMaxLength(40);
        builder.Property(l => l.Supplier).HasMaxLength(200);
        builder.Property(l => l.Version).IsRowVersion();
        builder.HasOne<EmploymentArea>().WithMany().HasForeignKey(l => l.AreaId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ServiceOffering>().WithMany().HasForeignKey(l => l.OfferingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => new { l.AreaId, l.Year });
    }
}
