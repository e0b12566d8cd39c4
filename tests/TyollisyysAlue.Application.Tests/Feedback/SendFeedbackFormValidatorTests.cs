using TyollisyysAlue.Application.Feedback;

namespace TyollisyysAlue.Application.Tests.Feedback;

/// <summary>The feedback form's rules: a message (at most 4 000 characters, the limit travelling to the message), an e-mail address only if given and then valid.</summary>
public class SendFeedbackFormValidatorTests
{
    private static readonly SendFeedbackFormValidator Validator = new();

    private static IEnumerable<string> Codes(SendFeedbackForm form) => Validator.Validate(form).Errors.Select(e => e.ErrorCode);

    [Fact]
    public void Only_a_message_is_required()
    {
        Assert.Empty(Codes(new SendFeedbackForm { Message = "The chart has no text alternative." }));
        Assert.Equal(["Feedback.Validation.MessageRequired"], Codes(new SendFeedbackForm { Message = " \n " }));
    }

    [Fact]
    public void A_message_over_4000_characters_is_refused_with_the_limit_as_its_argument()
    {
        Assert.Empty(Codes(new SendFeedbackForm { Message = new string('ä', 4000) }));
        var error = Assert.Single(Validator.Validate(new SendFeedbackForm { Message = new string('ä', 4001) }).Errors);
        Assert.Equal("Feedback.Validation.MessageTooLong", error.ErrorCode);
        Assert.Equal([4000], (object[])error.CustomState);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("", true)]
    [InlineData("liisa.virtanen@example.fi", true)]
    [InlineData("liisa.virtanen", false)]
    [InlineData("liisa@", false)]
    public void An_e_mail_address_is_optional_but_checked_when_given(string? email, bool valid)
    {
        var codes = Codes(new SendFeedbackForm { Message = "x", Email = email }).ToList();
        if (valid) Assert.Empty(codes);
        else Assert.Equal(["Validation.EmailInvalid"], codes);
    }

    [Fact]
    public void Name_and_page_are_length_limited()
    {
        Assert.Equal(["Validation.TooLong", "Validation.TooLong"],
            Codes(new SendFeedbackForm { Message = "x", Name = new string('n', 201), Page = new string('p', 501) }));
    }
}
