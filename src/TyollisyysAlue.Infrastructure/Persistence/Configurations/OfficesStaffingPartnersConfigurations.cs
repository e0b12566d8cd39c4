using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TyollisyysAlue.Domain.Areas;
using TyollisyysAlue.Domain.Municipalities;
using TyollisyysAlue.Domain.Offices;
using TyollisyysAlue.Domain.Partners;
using TyollisyysAlue.Domain.Staffing;

namespace TyollisyysAlue.Infrastructure.Persistence.Configurations;

public sealed class ServicePointConfiguration : IEntityTypeConfiguration<ServicePoint>
{
    public void Configure(EntityTypeBuilder<ServicePoint> builder)
    {
        builder.ToTable("service_points");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.NameSv).HasMaxLength(200);
        builder.Property(p => p.MunicipalityCode).HasConversion<MunicipalityCodeConverter>().HasMaxLength(3).IsFixedLength();
        builder.Property(p => p.District).HasMaxLength(100);
        builder.Property(p => p.Address).HasMaxLength(300);
        builder.Property(p => p.Type).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.OpeningHours).HasMaxLength(300);
        builder.Property(p => p.Channels).HasConversion<int>();
        builder.Property(p => p.Languages).HasColumnType("text[]");
        builder.Property(p => p.Version).IsRowVersion();
        builder.HasOne<EmploymentArea>().WithMany().HasForeignKey(p => p.AreaId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Municipality>().WithMany().HasForeignKey(p => p.MunicipalityCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.AreaId, p.MunicipalityCode });
    }
}

public sealed class ProductionAreaConfiguration : IEntityTypeConfiguration<ProductionArea>
{
    public void Configure(EntityTypeBuilder<ProductionArea> builder)
    {
        builder.ToTable("production_areas", t =>
            t.HasCheckConstraint("ck_production_areas_staff", "(staff_low IS NULL OR staff_low >= 0) AND (staff_low IS NULL OR staff_high IS NULL OR staff_low <= staff_high)"));
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Name).HasMaxLength(200);
        builder.Property(a => a.StaffLow).HasPrecision(8, 2);
        builder.Property(a => a.StaffHigh).HasPrecision(8, 2);
        builder.Property(a => a.Version).IsRowVersion();
        builder.HasOne<EmploymentArea>().WithMany().HasForeignKey(a => a.AreaId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ProductionAreaUnitConfiguration : IEntityTypeConfiguration<ProductionAreaUnit>
{
    public void Configure(EntityTypeBuilder<ProductionAreaUnit> builder)
    {
        builder.ToTable("production_area_units", t => t.HasCheckConstraint("ck_production_area_units_jobseekers", "jobseekers >= 0"));
        builder.HasKey(u => u.Id);
        builder.Property(u => u.MunicipalityCode).HasConversion<MunicipalityCodeConverter>().HasMaxLength(3).IsFixedLength();
        builder.Property(u => u.District).HasMaxLength(100);
        builder.Property(u => u.Version).IsRowVersion();
        // A whole municipality (no district) in one group only, a district once: also for simultaneous saves.
        builder.HasIndex(u => new { u.AreaId, u.MunicipalityCode, u.District }).IsUnique().AreNullsDistinct(false);
        builder.HasOne<ProductionArea>().WithMany().HasForeignKey(u => u.ProductionAreaId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Municipality>().WithMany().HasForeignKey(u => u.MunicipalityCode).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class StaffAllocationConfiguration : IEntityTypeConfiguration<StaffAllocation>
{
    public void Configure(EntityTypeBuilder<StaffAllocation> builder)
    {
        builder.ToTable("staff_allocations", t => t.HasCheckConstraint("ck_staff_allocations_person_years", "person_years >= 0"));
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Location).HasMaxLength(200);
        builder.Property(s => s.Process).HasConversion<string>().HasMaxLength(30);
        builder.Property(s => s.Funding).HasConversion<string>().HasMaxLength(30);
        builder.Property(s => s.PersonYears).HasPrecision(8, 2);
        builder.Property(s => s.Version).IsRowVersion();
        builder.HasOne<EmploymentArea>().WithMany().HasForeignKey(s => s.AreaId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class StaffingPlanConfiguration : IEntityTypeConfiguration<StaffingPlan>
{
    public void Configure(EntityTypeBuilder<StaffingPlan> builder)
    {
        builder.ToTable("staffing_plans", t => t.HasCheckConstraint("ck_staffing_plans_person_years",
            "(transferring_person_years IS NULL OR transferring_person_years >= 0) AND (needed_person_years IS NULL OR needed_person_years >= 0)"));
        builder.HasKey(s => s.Id);
        builder.Property(s => s.TransferringPersonYears).HasPrecision(8, 2);
        builder.Property(s => s.NeededPersonYears).HasPrecision(8, 2);
        builder.Property(s => s.Note).HasMaxLength(1000);
        builder.Property(s => s.Version).IsRowVersion();
        builder.HasOne<EmploymentArea>().WithMany().HasForeignKey(s => s.AreaId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.AreaId).IsUnique();
    }
}

public sealed class PartnerConfiguration : IEntityTypeConfiguration<Partner>
{
    public void Configure(EntityTypeBuilder<Partner> builder)
    {
        builder.ToTable("partners", t => t.HasCheckConstraint("ck_partners_review", "review_date IS NULL OR agreement_date IS NULL OR review_date >= agreement_date"));
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.NameSv).HasMaxLength(200);
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.Section).HasConversion<int>();
        builder.Property(p => p.Cooperation).HasMaxLength(2000);
        builder.Property(p => p.ContactPerson).HasMaxLength(200);
        builder.Property(p => p.Agreement).HasMaxLength(300);
        builder.Property(p => p.Version).IsRowVersion();
        builder.HasOne<EmploymentArea>().WithMany().HasForeignKey(p => p.AreaId).OnDelete(DeleteBehavior.Cascade);
    }
}
