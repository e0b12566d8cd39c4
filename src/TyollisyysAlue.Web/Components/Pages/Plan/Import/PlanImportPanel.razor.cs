using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Texts;
using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Application.Plans;
using TyollisyysAlue.Application.Plans.Import;
using TyollisyysAlue.Domain.Plans;
using TyollisyysAlue.Web.Components.Shared;

namespace TyollisyysAlue.Web.Components.Pages.Plan.Import;

/// <summary>
/// The import's state in the circuit: the parsed document (never the uploaded bytes), the preview mapped from it with
/// the planner's language and numbering choices, the statutory choices, and the new version's form. Confirming runs
/// <see cref="ImportPlanVersion"/> through the write pipeline; only then is anything saved.
/// </summary>
public partial class PlanImportPanel
{
    [Inject] private IPlanFileReader Reader { get; set; } = default!;
    [Inject] private ImportPlanVersion Import { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;

    [Parameter, EditorRequired] public IReadOnlyList<PlanVersion> Versions { get; set; } = [];
    [Parameter] public EventCallback<Guid> OnImported { get; set; }
    [Parameter] public EventCallback OnCancel { get; set; }

    private PlanUploadRead? _upload;
    private PlanImportPreview? _preview;
    private Dictionary<StatutorySection, int?> _choices = [];
    private PlanImportForm _form = new();
    private bool? _removeNumbers;
    private bool _reading, _saving;
    private PlanFileRead.Refused? _refused;
    private List<string> _errors = [];
    private FluentValidationValidator? _validator;

    /// <summary>An open (draft or submitted) version of the chosen language: one per language, so the import waits for it.</summary>
    private PlanVersion? OpenVersion => Versions.FirstOrDefault(v => v.Language == _form.Language && v.Status is PlanStatus.Draft or PlanStatus.Submitted);

    private async Task ReadAsync(IBrowserFile file)
    {
        (_upload, _preview, _refused, _errors, _removeNumbers) = (null, null, null, [], null);
        _reading = true;
        StateHasChanged();
        try
        {
            var (read, refused) = await PlanUploadReading.ReadAsync(file, Reader);
            _refused = refused;
            if (read is not null) Start(read);
        }
        catch (IOException)
        {
            _refused = new PlanFileRead.Refused("PlanImport.Error.UploadFailed");
        }
        finally
        {
            _reading = false;
        }
    }

    private void Start(PlanUploadRead read)
    {
        _upload = read;
        _preview = PlanImportMapper.Map(read.Document);
        _choices = PlanImportSections.InitialChoices(_preview);
        var name = Path.GetFileNameWithoutExtension(read.FileName).Trim();
        _form = new PlanImportForm
        {
            FileName = read.FileName.Length <= 260 ? read.FileName : read.FileName[^260..],
            Sha256 = read.Sha256,
            SizeBytes = read.SizeBytes,
            Format = read.Document.Format,
            Language = _preview.Language,
            Title = _preview.Title ?? TextTable.In(_preview.Language)["Plan.DocumentTitle"],
            Label = name.Length == 0 ? "1.0" : name.Length <= 100 ? name : name[..100],
            VersionDate = HelsinkiTime.At(Clock.GetUtcNow()).Date,
        };
        Rebuild();
    }

    /// <summary>The sections to create, kept up to date with every choice (the form is validated as a whole).</summary>
    private void Rebuild() => _form.Sections = PlanImportSections.Build(_preview!, _choices, _form.Language);

    private void LanguageChanged(string language)
    {
        var defaultTitle = _form.Title == TextTable.In(_form.Language)["Plan.DocumentTitle"];
        _form.Language = language;
        if (defaultTitle) _form.Title = TextTable.In(language)["Plan.DocumentTitle"];
        Remap();
    }

    private void NumbersChanged(bool remove)
    {
        _removeNumbers = remove;
        Remap();
    }

    /// <summary>The outline again with the new choices; the sections stay the same ones, so the statutory choices hold.</summary>
    private void Remap()
    {
        _preview = PlanImportMapper.Map(_upload!.Document, new PlanImportOptions(_form.Language, _removeNumbers));
        Rebuild();
    }

    /// <summary>A section is one point's at most: choosing it for a point takes it from another.</summary>
    private void ChoiceChanged((StatutorySection Point, int? Index) choice)
    {
        if (choice.Index is { } index)
            foreach (var other in _choices.Where(c => c.Key != choice.Point && c.Value == index).Select(c => c.Key).ToList())
                _choices[other] = null;
        _choices[choice.Point] = choice.Index;
        Rebuild();
    }

    private async Task ConfirmAsync()
    {
        _errors = [];
        _saving = true;
        try
        {
            switch (await Import.RunAsync(_form))
            {
                case WriteOutcome<PlanImportForm>.Saved saved:
                    (_upload, _preview) = (null, null); // the document leaves the circuit with the import
                    await OnImported.InvokeAsync(saved.Id);
                    break;
                case WriteOutcome<PlanImportForm>.Invalid invalid:
                    _validator?.Show(invalid.Errors);
                    _errors = [.. invalid.Errors.Select(e => e.CustomState is object[] args ? L[e.ErrorCode, args].Value : L[e.ErrorCode].Value).Distinct()];
                    break;
                case WriteOutcome<PlanImportForm>.Forbidden:
                    _errors = [L["PlanImport.Forbidden"]];
                    break;
                default:
                    _errors = [L["PlanImport.Unavailable"]];
                    break;
            }
        }
        finally
        {
            _saving = false;
        }
    }

    private async Task CancelAsync()
    {
        (_upload, _preview) = (null, null);
        await OnCancel.InvokeAsync();
    }

    private static string KiloBytes(long bytes) => Math.Ceiling(bytes / 1024m).ToString("N0", CultureInfo.CurrentCulture);
}
