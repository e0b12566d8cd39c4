using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.Feedback;

namespace TyollisyysAlue.Domain.Tests.Feedback;

/// <summary>The 14-day answer rule of Act 306/2019 on a Finnish calendar, and marking feedback answered.</summary>
public class AccessibilityFeedbackTests
{
    private static AccessibilityFeedback Received(DateTimeOffset at) => new(Guid.NewGuid(), at, null, null, null, null, "Text");

    [Fact]
    public void The_answer_is_due_14_Finnish_days_after_receipt_and_overdue_the_day_after()
    {
        // 22:30 UTC on 1 December is already 2 December in Finland.
        var feedback = Received(new DateTimeOffset(2026, 12, 1, 22, 30, 0, TimeSpan.Zero));
        Assert.Equal(new DateOnly(2026, 12, 16), feedback.AnswerDue);
        Assert.False(feedback.IsOverdue(new DateTimeOffset(2026, 12, 16, 21, 59, 0, TimeSpan.Zero))); // 23:59 on the 16th in Finland
        Assert.True(feedback.IsOverdue(new DateTimeOffset(2026, 12, 16, 22, 0, 0, TimeSpan.Zero)));   // 00:00 on the 17th
    }

    [Fact]
    public void Answered_feedback_is_never_overdue_and_cannot_be_answered_twice()
    {
        var received = new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);
        var feedback = Received(received);
        var version = feedback.Version;
        feedback.MarkAnswered(received.AddDays(20), "Anna", "  By phone. ");
        Assert.Equal("By phone.", feedback.AnswerNote);
        Assert.Equal(version + 1, feedback.Version);
        Assert.False(feedback.IsOverdue(received.AddDays(30)));
        Assert.Equal("Feedback.AlreadyAnswered",
            Assert.Throws<DomainException>(() => feedback.MarkAnswered(received.AddDays(21), "Pekka", null)).Code);
    }

    [Fact]
    public void A_message_is_required_and_at_most_4000_characters()
    {
        var at = new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);
        Assert.Equal("Feedback.Validation.MessageRequired",
            Assert.Throws<DomainException>(() => new AccessibilityFeedback(Guid.NewGuid(), at, null, null, null, null, " ")).Code);
        Assert.Equal("Feedback.Validation.MessageTooLong",
            Assert.Throws<DomainException>(() => new AccessibilityFeedback(Guid.NewGuid(), at, null, null, null, null, new string('a', 4001))).Code);
        Assert.Equal(4000, new AccessibilityFeedback(Guid.NewGuid(), at, null, null, null, null, new string('a', 4000)).Message.Length);
    }
}
