using Microsoft.AspNetCore.Components.Forms;
using TyollisyysAlue.Application.FollowUp.Ledger;
using TyollisyysAlue.Application.Indicators.Import;
using TyollisyysAlue.Application.Plans.Import;
using TyollisyysAlue.Web.Components.Shared;

namespace TyollisyysAlue.Web.Components.Tests;

/// <summary>
/// Finding 9 (issue 11): every upload control states its limit, and a file over it is refused with a message by its
/// declared size — the owner's read is never called — while a file of exactly the limit is passed on.
/// </summary>
public class UploadLimitTests : ComponentTest
{
    /// <summary>The limits of the app's upload controls: register CSV, indicator import, ledger import, plan import.</summary>
    public static TheoryData<long, string> Limits => new()
    {
        { UploadLimit.RegisterCsvBytes, "5" },
        { ImportLimits.MaxBytes, "50" },
        { LedgerImports.MaxBytes, "50" },
        { PlanImportLimits.MaxBytes, "20" },
    };

    [Theory]
    [MemberData(nameof(Limits))]
    public void The_control_states_its_limit_in_megabytes_and_describes_the_input_with_it(long limit, string megabytes)
    {
        var control = Upload(limit, _ => { });
        Assert.Equal(Text("Upload.Limit", megabytes), control.Find("[data-testid=upload-limit]").TextContent.Trim());
        Assert.Equal("Suurin sallittu tiedostokoko " + megabytes + " Mt.", Text("Upload.Limit", megabytes));
        Assert.Equal("f-limit", control.Find("input[type=file]").GetAttribute("aria-describedby"));
        Assert.Equal("f-limit", control.Find("[data-testid=upload-limit]").Id);
    }

    [Theory]
    [InlineData(UploadLimit.RegisterCsvBytes, "5")]
    [InlineData(ImportLimits.MaxBytes, "50")]
    public void A_file_one_byte_over_the_limit_is_refused_with_a_message_and_not_passed_on(long limit, string megabytes)
    {
        IBrowserFile? passed = null;
        var control = Upload(limit, f => passed = f);
        control.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(new byte[limit + 1], "iso.csv"));
        Assert.Null(passed);
        Assert.Equal(Text("Upload.TooLarge", megabytes, megabytes), control.Find("[data-testid=upload-refused]").TextContent.Trim());
    }

    [Fact]
    public void A_file_of_the_limit_is_passed_on_and_clears_an_earlier_refusal()
    {
        IBrowserFile? passed = null;
        var refusals = 0;
        var control = Render<LimitedFileInput>(ps => ps
            .Add(p => p.Id, "f").Add(p => p.Label, "Tiedosto").Add(p => p.MaxBytes, 1024)
            .Add(p => p.OnFile, f => passed = f).Add(p => p.OnRefused, () => refusals++));
        var input = control.FindComponent<InputFile>();
        input.UploadFiles(InputFileContent.CreateFromBinary(new byte[1025], "iso.csv"));
        Assert.Equal((1, "Tiedosto on liian suuri (0 Mt); suurin sallittu koko on 0 Mt. Tiedostoa ei luettu."),
            (refusals, control.Find("[data-testid=upload-refused]").TextContent.Trim()));
        input.UploadFiles(InputFileContent.CreateFromBinary(new byte[1024], "sopiva.csv"));
        Assert.Equal(("sopiva.csv", 1024L), (passed?.Name, passed?.Size));
        Assert.Empty(control.FindAll("[data-testid=upload-refused]"));
    }

    [Fact]
    public void Sizes_are_shown_in_megabytes_with_one_decimal_in_the_Finnish_format()
    {
        Assert.Equal("6,3", UploadLimit.Megabytes(6_600_000));
        Assert.Equal("50", UploadLimit.Megabytes(ImportLimits.MaxBytes));
    }

    private IRenderedComponent<LimitedFileInput> Upload(long limit, Action<IBrowserFile> onFile) =>
        Render<LimitedFileInput>(ps => ps
            .Add(p => p.Id, "f").Add(p => p.Label, "Tiedosto").Add(p => p.MaxBytes, limit).Add(p => p.OnFile, onFile));
}
