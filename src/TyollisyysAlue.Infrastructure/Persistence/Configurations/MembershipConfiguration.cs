using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TyollisyysAlue.Domain.Areas;
using TyollisyysAlue.Domain.Memberships;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Infrastructure.Persistence.Configurations;

public sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> builder)
    {
        builder.ToTable("memberships", t => t.HasCheckConstraint("ck_memberships_dates", "valid_to IS NULL OR valid_to >= valid_from"));
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Version).IsRowVersion();
        builder.Property(m => m.MunicipalityCode).HasConversion<MunicipalityCodeConverter>().HasMaxLength(3).IsFixedLength();
        builder.Property(m => m.DecisionReference).HasMaxLength(300);
        builder.Property(m => m.EndReason).HasMaxLength(300);
        builder.HasOne<EmploymentArea>().WithMany().HasForeignKey(m => m.AreaId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Municipality>().WithMany().HasForeignKey(m => m.MunicipalityCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.MunicipalityCode, m.ValidFrom });
    }
}
