using System.Globalization;

namespace TyollisyysAlue.TwoNode;

/// <summary>
/// What the helper found, printed as it goes and appended to the script's results file, one line each:
/// <c>CHECK|name|PASS or FAIL|detail</c> and <c>VALUE|name|value</c>; the script prints its summary from that file.
/// </summary>
public sealed class Results(string file)
{
    public bool AllPassed { get; private set; } = true;

    public bool Check(string name, bool passed, string detail)
    {
        AllPassed &= passed;
        Write($"CHECK|{name}|{(passed ? "PASS" : "FAIL")}|{detail}");
        return passed;
    }

    public void Value(string name, double value) => Write(FormattableString.Invariant($"VALUE|{name}|{value:0.###}"));

    public void Value(string name, string value) => Write($"VALUE|{name}|{value}");

    private void Write(string line)
    {
        Console.WriteLine(line.Replace('|', ' '));
        File.AppendAllText(file, line.ReplaceLineEndings(" ") + "\n");
    }

    public static string Ms(TimeSpan elapsed) => elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) + " ms";
}
