using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TyollisyysAlue.Domain.Memberships;

namespace TyollisyysAlue.Infrastructure.Persistence.Configurations;

/// <summary>
/// Written only by the trigger on memberships; deleted with its membership. The trigger, the foreign key to
/// memberships (not modelled: memberships are area-filtered, claims are not) and the exclusion constraint are in
/// the OneAreaPerMunicipality migration; the policies in <see cref="Tenancy.RowLevelSecurity"/>.
/// </summary>
public sealed class MunicipalityAreaClaimConfiguration : IEntityTypeConfiguration<MunicipalityAreaClaim>
{
    public void Configure(EntityTypeBuilder<MunicipalityAreaClaim> builder)
    {
        builder.ToTable("municipality_area_claims");
        builder.HasKey(c => c.MembershipId);
        builder.Property(c => c.MunicipalityCode).HasConversion<MunicipalityCodeConverter>().HasMaxLength(3).IsFixedLength();
        builder.Property(c => c.AreaNameFi).HasMaxLength(200);
        builder.Property(c => c.AreaNameSv).HasMaxLength(200);
        builder.HasIndex(c => c.MunicipalityCode);
    }
}
