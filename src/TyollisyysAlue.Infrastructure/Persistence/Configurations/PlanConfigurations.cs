using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TyollisyysAlue.Domain.Areas;
using TyollisyysAlue.Domain.Plans;

namespace TyollisyysAlue.Infrastructure.Persistence.Configurations;

public sealed class PlanVersionConfiguration : IEntityTypeConfiguration<PlanVersion>
{
    public void Configure(EntityTypeBuilder<PlanVersion> builder)
    {
        builder.ToTable("plan_versions", t => t.HasCheckConstraint("ck_plan_versions_language", "language IN ('fi', 'sv')"));
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Title).HasMaxLength(300);
        builder.Property(v => v.Label).HasMaxLength(100);
        builder.Property(v => v.Language).HasMaxLength(2).IsFixedLength();
        builder.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.SubmittedBy).HasMaxLength(256);
        builder.Property(v => v.DecisionBody).HasMaxLength(200);
        builder.Property(v => v.DecisionSection).HasMaxLength(50);
        builder.Property(v => v.Version).IsRowVersion();
        builder.Ignore(v => v.IsEditable);
        builder.HasOne<EmploymentArea>().WithMany().HasForeignKey(v => v.AreaId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PlanVersion>().WithMany().HasForeignKey(v => v.CounterpartId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<PlanVersion>().WithMany().HasForeignKey(v => v.BasedOnId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(v => new { v.AreaId, v.Language, v.Status });
    }
}

public sealed class PlanSectionConfiguration : IEntityTypeConfiguration<PlanSection>
{
    public void Configure(EntityTypeBuilder<PlanSection> builder)
    {
        builder.ToTable("plan_sections");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Heading).HasMaxLength(300);
        builder.Property(s => s.Statutory).HasConversion<string>().HasMaxLength(30);
        builder.Property(s => s.LiveBlocks).HasMaxLength(1000);
        builder.Property(s => s.FrozenTablesJson).HasColumnType("jsonb");
        builder.Property(s => s.UpdatedBy).HasMaxLength(256);
        builder.Property(s => s.Version).IsRowVersion();
        builder.Ignore(s => s.IsStatutory);
        builder.HasOne<PlanVersion>().WithMany().HasForeignKey(s => s.VersionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PlanSection>().WithMany().HasForeignKey(s => s.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.VersionId, s.Statutory }).IsUnique().HasFilter("statutory IS NOT NULL");
    }
}

public sealed class PlanSectionRevisionConfiguration : IEntityTypeConfiguration<PlanSectionRevision>
{
    public void Configure(EntityTypeBuilder<PlanSectionRevision> builder)
    {
        builder.ToTable("plan_section_revisions");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Heading).HasMaxLength(300);
        builder.Property(r => r.SavedBy).HasMaxLength(256);
        builder.HasOne<PlanSection>().WithMany().HasForeignKey(r => r.SectionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.SectionId, r.SavedAt });
    }
}

public sealed class PlanDraftConfiguration : IEntityTypeConfiguration<PlanDraft>
{
    public void Configure(EntityTypeBuilder<PlanDraft> builder)
    {
        builder.ToTable("plan_drafts");
        builder.HasKey(d => d.Id);
        builder.HasOne<PlanSection>().WithMany().HasForeignKey(d => d.SectionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => new { d.SectionId, d.UserId }).IsUnique();
    }
}

public sealed class PlanCommentConfiguration : IEntityTypeConfiguration<PlanComment>
{
    public void Configure(EntityTypeBuilder<PlanComment> builder)
    {
        builder.ToTable("plan_comments");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Text).HasMaxLength(4000);
        builder.Property(c => c.Quote).HasMaxLength(1000);
        builder.Property(c => c.Author).HasMaxLength(256);
        builder.Property(c => c.ResolvedBy).HasMaxLength(256);
        builder.Property(c => c.Version).IsRowVersion();
        builder.Ignore(c => c.IsResolved);
        builder.HasOne<PlanVersion>().WithMany().HasForeignKey(c => c.VersionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PlanSection>().WithMany().HasForeignKey(c => c.SectionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PlanComment>().WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Cascade);
    }
}
