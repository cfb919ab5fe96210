namespace Ledger.LoadTest.Generate;

/// <summary>Chooses the borrower of the next command. With <c>skewed</c>, a fifth of the picks go to the busiest
/// twentieth of the borrowers (the first ones), as real traffic has a few very active customers; the rest are
/// uniform over all borrowers.</summary>
internal sealed class BorrowerPicker(SplitMix64 random, int borrowers, bool skewed)
{
    private readonly int _busy = Math.Max(1, borrowers / 20);

    public int Pick() => skewed && random.Chance(200) ? random.Next(_busy) : random.Next(borrowers);
}
