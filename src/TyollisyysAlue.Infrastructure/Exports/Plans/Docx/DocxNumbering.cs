using DocumentFormat.OpenXml.Wordprocessing;

namespace TyollisyysAlue.Infrastructure.Exports.Plans.Docx;

/// <summary>
/// List numbering: one bullet and one decimal definition, three levels deep; every numbered list gets its own
/// instance (restarting at its start number) so lists do not continue each other's numbers.
/// </summary>
internal sealed class DocxNumbering
{
    private const int Bullet = 1, Decimal = 2;
    private readonly List<NumberingInstance> instances = [];

    public int NewList(bool ordered, int start)
    {
        var id = instances.Count + 1;
        var instance = new NumberingInstance(new AbstractNumId { Val = ordered ? Decimal : Bullet }) { NumberID = id };
        if (ordered)
            instance.Append(new LevelOverride(new StartOverrideNumberingValue { Val = start }) { LevelIndex = 0 });
        instances.Add(instance);
        return id;
    }

    public Numbering Part()
    {
        var numbering = new Numbering(Abstract(Bullet, ordered: false), Abstract(Decimal, ordered: true));
        numbering.Append(instances);
        return numbering;
    }

    private static AbstractNum Abstract(int id, bool ordered)
    {
        var abstractNum = new AbstractNum(new MultiLevelType { Val = MultiLevelValues.HybridMultilevel }) { AbstractNumberId = id };
        string[] bullets = ["•", "–", "▪"];
        for (var level = 0; level < 3; level++)
        {
            var indent = (720 * (level + 1)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            abstractNum.Append(new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = ordered ? NumberFormatValues.Decimal : NumberFormatValues.Bullet },
                new LevelText { Val = ordered ? $"%{level + 1}." : bullets[level] },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = indent, Hanging = "360" })) { LevelIndex = level });
        }
        return abstractNum;
    }
}
