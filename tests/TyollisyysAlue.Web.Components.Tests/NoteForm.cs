using FluentValidation;
using TyollisyysAlue.Application.Common.Writing;

namespace TyollisyysAlue.Web.Components.Tests;

/// <summary>A small row form for the editor tests: a name to fill in, and the row's key and version.</summary>
public sealed class NoteForm : IRowForm
{
    public Guid? Id { get; set; } = Guid.NewGuid();
    public string Name { get; set; } = string.Empty;
    public uint Version { get; set; } = 7;
}

public sealed class NoteFormValidator : AbstractValidator<NoteForm>
{
    public NoteFormValidator() => RuleFor(f => f.Name).NotEmpty().WithErrorCode("Validation.NameRequired");
}
