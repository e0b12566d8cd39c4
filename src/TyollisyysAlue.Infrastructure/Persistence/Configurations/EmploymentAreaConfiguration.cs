using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TyollisyysAlue.Domain.Areas;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Infrastructure.Persistence.Configurations;

public sealed class EmploymentAreaConfiguration : IEntityTypeConfiguration<EmploymentArea>
{
    public void Configure(EntityTypeBuilder<EmploymentArea> builder)
    {
        builder.ToTable("employment_areas");
        builder.HasKey(a => a.Id);
        builder.HasIndex(a => a.Slug).IsUnique();
        builder.Property(a => a.Slug).HasMaxLength(40);
        builder.Property(a => a.NameFi).HasMaxLength(200);
        builder.Property(a => a.NameSv).HasMaxLength(200);
        builder.Property(a => a.CommitteeNameFi).HasMaxLength(200);
        builder.Property(a => a.CommitteeNameSv).HasMaxLength(200);
        builder.Property(a => a.CooperationModel).HasConversion<string>().HasMaxLength(40);
        builder.Property(a => a.SeatRule).HasConversion<string>().HasMaxLength(40).HasDefaultValue(Domain.Committees.CommitteeSeatRule.OnePerMember).HasSentinel(0);
        builder.Property(a => a.ResponsibleMunicipality).HasConversion<MunicipalityCodeConverter>().HasMaxLength(3).IsFixedLength();
        builder.HasOne<Municipality>().WithMany().HasForeignKey(a => a.ResponsibleMunicipality).OnDelete(DeleteBehavior.Restrict);
    }
}
