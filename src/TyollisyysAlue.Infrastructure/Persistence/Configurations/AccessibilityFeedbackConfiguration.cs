using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TyollisyysAlue.Domain.Areas;
using TyollisyysAlue.Domain.Feedback;

namespace TyollisyysAlue.Infrastructure.Persistence.Configurations;

public sealed class AccessibilityFeedbackConfiguration : IEntityTypeConfiguration<AccessibilityFeedback>
{
    public void Configure(EntityTypeBuilder<AccessibilityFeedback> builder)
    {
        builder.ToTable("accessibility_feedback");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.SenderName).HasMaxLength(AccessibilityFeedback.MaxNameLength);
        builder.Property(f => f.SenderEmail).HasMaxLength(AccessibilityFeedback.MaxEmailLength);
        builder.Property(f => f.Page).HasMaxLength(AccessibilityFeedback.MaxPageLength);
        builder.Property(f => f.Message).HasMaxLength(AccessibilityFeedback.MaxMessageLength);
        builder.Property(f => f.AnsweredBy).HasMaxLength(256);
        builder.Property(f => f.AnswerNote).HasMaxLength(AccessibilityFeedback.MaxNoteLength);
        // Not xmin: the anonymous insert must not read the row back (see AccessibilityFeedback.Version).
        builder.Property(f => f.Version).IsConcurrencyToken();
        builder.HasOne<EmploymentArea>().WithMany().HasForeignKey(f => f.AreaId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(f => new { f.AreaId, f.AnsweredAt });
    }
}
