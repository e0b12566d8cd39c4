using TyollisyysAlue.Texts;
using FluentValidation;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Localization;

namespace TyollisyysAlue.Web.Components.Shared;

/// <summary>
/// Connects an EditForm to the model's FluentValidation validator: field-level messages, in the user's language
/// (an error code that is a resource key is translated; otherwise FluentValidation's own localized message is used).
/// </summary>
public sealed class FluentValidationValidator : ComponentBase, IDisposable
{
    private ValidationMessageStore? _messages;

    [CascadingParameter] private EditContext EditContext { get; set; } = default!;
    [Inject] private IServiceProvider Services { get; set; } = default!;
    [Inject] private IStringLocalizer<SharedResource> L { get; set; } = default!;

    protected override void OnInitialized()
    {
        if (EditContext is null) throw new InvalidOperationException($"{nameof(FluentValidationValidator)} must be inside an EditForm.");
        _messages = new ValidationMessageStore(EditContext);
        EditContext.OnValidationRequested += ValidateAll;
        EditContext.OnFieldChanged += ValidateField;
    }

    private void ValidateAll(object? sender, ValidationRequestedEventArgs e) => Validate(field: null);

    private void ValidateField(object? sender, FieldChangedEventArgs e) => Validate(e.FieldIdentifier);

    private void Validate(FieldIdentifier? field)
    {
        var model = EditContext.Model;
        var validatorType = typeof(IValidator<>).MakeGenericType(model.GetType());
        if (Services.GetService(validatorType) is not IValidator validator) return;
        var result = validator.Validate(new ValidationContext<object>(model));
        if (field is { } only) _messages!.Clear(only); else _messages!.Clear();
        foreach (var error in result.Errors)
        {
            var identifier = EditContext.Field(error.PropertyName);
            if (field is { } f && !f.Equals(identifier)) continue;
            _messages.Add(identifier, Translate(error));
        }
        EditContext.NotifyValidationStateChanged();
    }

    /// <summary>Shows errors found on the server (e.g. rules that need the database) beside their fields.</summary>
    public void Show(IEnumerable<FluentValidation.Results.ValidationFailure> errors)
    {
        _messages!.Clear();
        foreach (var error in errors) _messages.Add(EditContext.Field(error.PropertyName), Translate(error));
        EditContext.NotifyValidationStateChanged();
    }

    private string Translate(FluentValidation.Results.ValidationFailure error) => Translate(L, error);

    /// <summary>An error in the user's language: its code is a resource key, its custom state the message's arguments.</summary>
    public static string Translate(IStringLocalizer localizer, FluentValidation.Results.ValidationFailure error)
    {
        // Server-side refusals may carry values for the message's placeholders (e.g. the other area's name).
        var localized = error.CustomState is object[] args ? localizer[error.ErrorCode, args] : localizer[error.ErrorCode];
        return localized.ResourceNotFound ? error.ErrorMessage : localized.Value;
    }

    public void Dispose()
    {
        if (EditContext is null) return;
        EditContext.OnValidationRequested -= ValidateAll;
        EditContext.OnFieldChanged -= ValidateField;
    }
}
