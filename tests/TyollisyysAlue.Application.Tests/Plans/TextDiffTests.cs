using TyollisyysAlue.Application.Plans;

namespace TyollisyysAlue.Application.Tests.Plans;

public class TextDiffTests
{
    [Fact]
    public void Words_added_and_deleted_are_marked_and_the_rest_kept_in_order()
    {
        var pieces = TextDiff.Words("Henkilöstöä on 71 htv.", "Henkilöstöä on 85 htv vuonna 2025.");
        Assert.True(TextDiff.HasChanges(pieces));
        Assert.Equal("Henkilöstöä on 71 htv.", string.Concat(pieces.Where(p => p.Kind != DiffKind.Added).Select(p => p.Text)));
        Assert.Equal("Henkilöstöä on 85 htv vuonna 2025.", string.Concat(pieces.Where(p => p.Kind != DiffKind.Deleted).Select(p => p.Text)));
        Assert.Contains(pieces, p => p.Kind == DiffKind.Deleted && p.Text.Contains("71", StringComparison.Ordinal));
        Assert.Contains(pieces, p => p.Kind == DiffKind.Added && p.Text.Contains("85", StringComparison.Ordinal));
    }

    [Fact]
    public void Identical_texts_have_no_changes()
    {
        Assert.False(TextDiff.HasChanges(TextDiff.Words("Sama teksti.", "Sama teksti.")));
        Assert.Empty(TextDiff.Words(null, ""));
    }
}
