using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TyollisyysAlue.Domain.Access;
using TyollisyysAlue.Domain.Areas;

namespace TyollisyysAlue.Infrastructure.Persistence.Configurations;

public sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> builder)
    {
        builder.ToTable("api_tokens", t => t.HasCheckConstraint("ck_api_tokens_hash", "secret_hash ~ '^[0-9a-f]{64}$'"));
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Name).HasMaxLength(ApiToken.MaxNameLength);
        builder.Property(t => t.SecretHash).HasMaxLength(64).IsFixedLength();
        builder.Property(t => t.CreatedByName).HasMaxLength(256);
        builder.Property(t => t.RevokedByName).HasMaxLength(256);
        builder.Ignore(t => t.IsRevoked);
        // Tokens made before scopes existed could read: they keep exactly that.
        builder.Property(t => t.Scopes).HasDefaultValue(ApiScope.Read).HasSentinel(ApiScope.None);
        builder.HasIndex(t => t.SecretHash).IsUnique();
        builder.HasOne<EmploymentArea>().WithMany().HasForeignKey(t => t.AreaId).OnDelete(DeleteBehavior.Cascade);
    }
}
