using Ledger.Domain;
using Ledger.GrainInterfaces;
using Ledger.Grains.Tests.Support;
using Ledger.OperatorInterfaces;
using Ledger.Testing;

namespace Ledger.Grains.Tests.Activations;

/// <summary>The date step on one silo while the others still hold the old business date: a decision made on the old
/// date is refused by the store's date proof, and the silo learns the new date and decides again on it, so nothing
/// is booked on a closed day.</summary>
[Collection(PostgresCollection.Name)]
public sealed class BusinessDateTests(PostgresFixture postgres)
{
    private static readonly DateOnly Day1 = new(2025, 3, 3);

    [Fact]
    public async Task DecideAsync_OnSilosThatHoldTheOldDate_BooksOnTheNewDate()
    {
        await using var cluster = await GrainCluster.StartPostgresAsync(await postgres.CreateDatabaseAsync());
        var ledger = cluster.Client.GetGrain<ILedgerOperatorGrain>(GrainKeys.Ledger);
        Assert.True((await ledger.SetBusinessDateAsync(new SetBusinessDateCommand { Id = "d0", Date = Day1 }))
            .IsAccepted);
        var silos = cluster.Silos;
        // Every silo learns day 1 (a read of the date), then one silo's ledger grain steps it to day 2.
        foreach (var silo in silos)
        {
            Assert.Equal(Day1, await silo.Dates.RefreshAsync());
        }

        Assert.True((await ledger.EndOfDayAsync(new EndOfDayCommand { Id = "e1", Date = Day1 })).IsAccepted);

        for (var i = 0; i < silos.Count; i++)
        {
            var keeper = new BookKeeper($"B{i}", silos[i]);
            var open = (BorrowerCommand)CommandParser.Parse(
                $"{{\"type\":\"OpenBorrower\",\"id\":\"c1\",\"borrower\":\"B{i}\",\"limit\":5}}").Command!;
            Assert.True((await keeper.DecideAsync(open)).IsAccepted);
        }

        await using var store = cluster.OpenStore();
        foreach (var i in Enumerable.Range(0, silos.Count))
        {
            var outcome = Assert.Single((await store.LoadBorrowerAsync($"B{i}", CancellationToken.None)).Outcomes);
            Assert.Equal(Day1.AddDays(1), outcome.BusinessDate);
        }

        Assert.All(silos, silo => Assert.Equal(Day1.AddDays(1), silo.Dates.Current));
    }
}
