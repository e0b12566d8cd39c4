namespace TyollisyysAlue.Infrastructure.Seeding.NationalBench;

/// <summary>
/// The national dataset's only source of chance: a seeded <see cref="Random"/> per purpose, so that every run makes the
/// same figures, texts and identifiers.
/// </summary>
internal sealed class BenchRandom(int seed)
{
    public const int DefaultSeed = 20_251_205;

    private readonly Random _random = new(seed);

    public static BenchRandom For(string purpose, int index = 0) =>
        new(DefaultSeed ^ StableHash(purpose) ^ (index * 7_919));

    public int Next(int minInclusive, int maxExclusive) => _random.Next(minInclusive, maxExclusive);

    public double NextDouble() => _random.NextDouble();

    public double Between(double low, double high) => low + (high - low) * _random.NextDouble();

    public bool Chance(double probability) => _random.NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    /// <summary>A version-4 shaped identifier from the seeded stream (never <see cref="Guid.NewGuid"/>).</summary>
    public Guid NextGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    /// <summary>A whole-cent euro amount around <paramref name="euros"/> (±<paramref name="spread"/>).</summary>
    public decimal Money(decimal euros, double spread = 0.1)
    {
        var cents = (long)(euros * 100m * (decimal)Between(1 - spread, 1 + spread));
        return cents / 100m;
    }

    // string.GetHashCode is randomised per process; this one is not.
    private static int StableHash(string text)
    {
        unchecked
        {
            var hash = 17;
            foreach (var c in text) hash = hash * 31 + c;
            return hash;
        }
    }
}
