using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TyollisyysAlue.Domain.Access;
using TyollisyysAlue.Domain.Areas;
using TyollisyysAlue.Infrastructure.Identity;

namespace TyollisyysAlue.Infrastructure.Persistence.Configurations;

public sealed class AreaRoleAssignmentConfiguration : IEntityTypeConfiguration<AreaRoleAssignment>
{
    public void Configure(EntityTypeBuilder<AreaRoleAssignment> builder)
    {
        builder.ToTable("area_role_assignments");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Role).HasConversion<string>().HasMaxLength(40);
        builder.HasIndex(r => new { r.AreaId, r.UserId, r.Role }).IsUnique();
        builder.HasIndex(r => r.UserId);
        builder.HasOne<EmploymentArea>().WithMany().HasForeignKey(r => r.AreaId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
