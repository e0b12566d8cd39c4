using System.Globalization;

namespace TyollisyysAlue.CircuitLoad;

/// <summary>
/// Who the simulated users are. <c>demo</c>: the README's demo accounts that may edit an area with a draft plan
/// (Porvoo's planner and administrator, the demo data's budget year). Otherwise a CSV file
/// <c>email,password,area,year</c> (a header line is allowed), e.g. the national dataset's 1 000 bench users.
/// User i takes account i mod count, so several circuits may share one account, as colleagues' tabs do.
/// </summary>
public static class AccountList
{
    public const string Demo = "demo";

    /// <summary>The demo seed's password and budget year (README "Demo accounts"; Development data only).</summary>
    private const string DemoPassword = "Demo-salasana-2025";
    private const int DemoYear = 2025;

    public static IReadOnlyList<CircuitUserProfile> Load(string source)
    {
        if (source == Demo)
            return
            [
                new("planner.porvoo@example.fi", DemoPassword, "porvoo", DemoYear),
                new("admin.porvoo@example.fi", DemoPassword, "porvoo", DemoYear),
            ];
        if (!File.Exists(source)) throw new FileNotFoundException($"--accounts: no file '{source}' (or use 'demo').", source);
        var profiles = new List<CircuitUserProfile>();
        var number = 0;
        foreach (var line in File.ReadLines(source))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var cells = line.Split(',').Select(c => c.Trim()).ToArray();
            if (number == 1 && cells[0].Equals("email", StringComparison.OrdinalIgnoreCase)) continue;
            if (cells.Length != 4 || !cells[0].Contains('@', StringComparison.Ordinal) ||
                !int.TryParse(cells[3], NumberStyles.Integer, CultureInfo.InvariantCulture, out var year))
                throw new FormatException($"--accounts {source}, line {number}: expected email,password,area,year.");
            profiles.Add(new(cells[0], cells[1], cells[2], year));
        }
        if (profiles.Count == 0) throw new FormatException($"--accounts {source}: no accounts.");
        return profiles;
    }
}
