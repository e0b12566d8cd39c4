using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Infrastructure.Persistence.Configurations;

public sealed class MunicipalityConfiguration : IEntityTypeConfiguration<Municipality>
{
    public void Configure(EntityTypeBuilder<Municipality> builder)
    {
        builder.ToTable("municipalities");
        builder.HasKey(m => m.Code);
        builder.Property(m => m.Code).HasConversion<MunicipalityCodeConverter>().HasMaxLength(3).IsFixedLength();
        builder.Property(m => m.NameFi).HasMaxLength(100);
        builder.Property(m => m.NameSv).HasMaxLength(100);
        builder.Property(m => m.LanguageStatus).HasConversion<string>().HasMaxLength(40);
        builder.Property(m => m.Source).HasMaxLength(300);
        builder.Property(m => m.MergedInto).HasConversion<MunicipalityCodeConverter>().HasMaxLength(3).IsFixedLength();
        builder.HasOne<Municipality>().WithMany().HasForeignKey(m => m.MergedInto).OnDelete(DeleteBehavior.Restrict);
    }
}
