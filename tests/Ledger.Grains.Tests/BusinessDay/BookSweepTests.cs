using Ledger.GrainInterfaces;
using Ledger.Grains.Tests.Support;
using Ledger.OperatorInterfaces;
using Microsoft.Extensions.Logging.Abstractions;

namespace Ledger.Grains.Tests.BusinessDay;

/// <summary>The silo's sweep on Orleans leaves a book whose grain is in use on the silo (a command within
/// <see cref="BookSweepOptions.LiveIdle"/>) to close its day inside its own next command's commit, and closes the
/// others from their rows.</summary>
public sealed class BookSweepTests : IDisposable
{
    private static readonly DateOnly Day1 = new(2024, 3, 1);

    private readonly string _directory = Directory.CreateTempSubdirectory("ledger-grains-sweep-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task SweepOnceAsync_BookInUse_IsLeftAndItsNextCommandClosesTheDay()
    {
        await using var cluster = await GrainCluster.StartSqliteAsync(Path.Combine(_directory, "ledger.db"));
        await OpenAndDrawThenEndTheDayAsync(cluster);
        var sweep = new BookSweep(cluster.Silos.Single(), new BookSweepOptions(LiveIdle: TimeSpan.FromHours(1)),
            NullLogger<BookSweep>.Instance);

        Assert.Equal(0, await sweep.SweepOnceAsync(CancellationToken.None));
        Assert.Equal(new Storage.ClosingProgress(0, 1), await ProgressAsync(cluster));

        var repaid = await cluster.Client.GetGrain<IBorrowerGrain>("B1").SubmitRecordsAsync(
            ["""{"type":"Repay","id":"r1","borrower":"B1","line":"L1","amount":1000}"""]);

        Assert.True(repaid[0].IsAccepted, repaid[0].Outcome);
        Assert.Equal(new Storage.ClosingProgress(1, 1), await ProgressAsync(cluster));
        Assert.Equal(0, await sweep.SweepOnceAsync(CancellationToken.None));
        Assert.Equal(Day1, (await cluster.Client.GetGrain<ILedgerGrain>(GrainKeys.Ledger).GetStatusAsync())
            .ClosedThrough);
    }

    [Fact]
    public async Task SweepOnceAsync_NoGraceForBooksInUse_ClosesTheLiveBookFromItsRows()
    {
        await using var cluster = await GrainCluster.StartSqliteAsync(Path.Combine(_directory, "ledger.db"));
        await OpenAndDrawThenEndTheDayAsync(cluster);
        var sweep = new BookSweep(cluster.Silos.Single(), new BookSweepOptions(LiveIdle: TimeSpan.Zero),
            NullLogger<BookSweep>.Instance);

        Assert.Equal(1, await sweep.SweepOnceAsync(CancellationToken.None));
        Assert.Equal(new Storage.ClosingProgress(1, 1), await ProgressAsync(cluster));
    }

    private static async Task OpenAndDrawThenEndTheDayAsync(GrainCluster cluster)
    {
        var ledger = cluster.Client.GetGrain<ILedgerOperatorGrain>(GrainKeys.Ledger);
        Assert.True((await ledger.SetBusinessDateAsync(new SetBusinessDateCommand { Id = "sd", Date = Day1 }))
            .IsAccepted);
        var results = await cluster.Client.GetGrain<IBorrowerGrain>("B1").SubmitRecordsAsync(
        [
            """{"type":"OpenBorrower","id":"o1","borrower":"B1","limit":100000000}""",
            """{"type":"OpenCreditLine","id":"l1","borrower":"B1","line":"L1","limit":50000000,"rate":"0.0365","expiryDate":"2024-05-01","maturityDate":"2024-06-01"}""",
            """{"type":"Draw","id":"d1","borrower":"B1","line":"L1","amount":36000000}""",
        ]);
        Assert.All(results, r => Assert.True(r.IsAccepted, $"{r.CommandId}: {r.Outcome} {r.Error}"));
        Assert.True((await ledger.EndOfDayAsync(new EndOfDayCommand { Id = "eod-1", Date = Day1 })).IsAccepted);
    }

    private static async Task<Storage.ClosingProgress> ProgressAsync(GrainCluster cluster)
    {
        await using var store = cluster.OpenStore();
        return await store.GetClosingProgressAsync(Day1, CancellationToken.None);
    }
}
