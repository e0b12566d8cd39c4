using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TyollisyysAlue.Domain.Areas;
using TyollisyysAlue.Domain.Committees;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Infrastructure.Persistence.Configurations;

public sealed class CommitteeMemberConfiguration : IEntityTypeConfiguration<CommitteeMember>
{
    public void Configure(EntityTypeBuilder<CommitteeMember> builder)
    {
        builder.ToTable("committee_members", t => t.HasCheckConstraint("ck_committee_members_term", "term_end IS NULL OR term_end >= term_start"));
        builder.HasKey(m => m.Id);
        builder.Property(m => m.MunicipalityCode).HasConversion<MunicipalityCodeConverter>().HasMaxLength(3).IsFixedLength();
        builder.Property(m => m.Name).HasMaxLength(200);
        builder.Property(m => m.Deputy).HasMaxLength(200);
        builder.HasOne<EmploymentArea>().WithMany().HasForeignKey(m => m.AreaId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Municipality>().WithMany().HasForeignKey(m => m.MunicipalityCode).OnDelete(DeleteBehavior.Restrict);
    }
}
