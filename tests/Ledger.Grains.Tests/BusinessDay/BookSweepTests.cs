using Ledger.Domain;
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
        var sweep = cluster.Sweep(0, new BookSweepOptions(LiveIdle: TimeSpan.FromHours(1)));

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
    public async Task Coordinator_WhenIdleGrainsAreCollected_StaysActive()
    {
        // Its passes run in the background of its activation, which Orleans sees as idle between calls: collecting
        // idle grains (as shedding under memory pressure does) must not deactivate it in the middle of a pass.
        await using var cluster = await GrainCluster.StartSqliteAsync(Path.Combine(_directory, "ledger.db"));
        await OpenAndDrawThenEndTheDayAsync(cluster);
        var sweep = cluster.Sweep(0, new BookSweepOptions(LiveIdle: TimeSpan.Zero));
        Assert.Equal(1, await sweep.SweepOnceAsync(CancellationToken.None));
        Assert.Equal(1, await ActivationsAsync(cluster, "SweepCoordinatorGrain"));
        Assert.True(await ActivationsAsync(cluster, "BorrowerGrain") > 0);

        await cluster.CollectIdleGrainsAsync();

        Assert.Equal(0, await ActivationsAsync(cluster, "BorrowerGrain"));
        Assert.Equal(1, await ActivationsAsync(cluster, "SweepCoordinatorGrain"));
    }

    [Fact]
    public async Task SweepOnceAsync_FirstPassOfADay_DeactivatesTheGrainsIdleLongerThanTheGrace()
    {
        // The sweep writes an idle book under its grain, whose state is then stale: the day's first pass has the
        // silos collect the grains idle for longer than the grace, and leaves those in use.
        await using var cluster = await GrainCluster.StartSqliteAsync(Path.Combine(_directory, "ledger.db"));
        await SetTheDateAsync(cluster);
        await OpenAndDrawAsync(cluster, "B1");
        await Task.Delay(TimeSpan.FromSeconds(3));
        await OpenAndDrawAsync(cluster, "B2");
        await EndTheDayAsync(cluster);
        var sweep = cluster.Sweep(0, new BookSweepOptions(LiveIdle: TimeSpan.FromSeconds(2)));

        Assert.Equal(1, await sweep.SweepOnceAsync(CancellationToken.None));

        var borrowers = (await cluster.Client.GetGrain<IManagementGrain>(0).GetDetailedGrainStatistics())
            .Where(s => s.GrainType.Contains("BorrowerGrain", StringComparison.Ordinal))
            .Select(s => s.GrainId.Key.ToString()).ToList();
        Assert.Equal(["B2"], borrowers);
        Assert.Equal(new Storage.ClosingProgress(1, 2), await ProgressAsync(cluster));
    }

    [Theory]
    [InlineData(true, 1)]
    [InlineData(false, 4)]
    public async Task SweepOnceAsync_WhileTheSiloServesCommands_KeepsToItsBusyWorkers(bool serving, int expected)
    {
        // Commands come first: while the silo decides commands the sweep closes one partition at a time (its busy
        // workers), and with all of its workers once the silo has been quiet for a second.
        var chunks = new ChunkCountingStore[1];
        await using var cluster = await GrainCluster.StartSqliteAsync(Path.Combine(_directory, "ledger.db"),
            s => (chunks[0] = new ChunkCountingStore(s)).Store);
        await SetTheDateAsync(cluster);
        string[] borrowers = [.. Enumerable.Range(1, 12).Select(i => $"B{i}")];
        Assert.True(borrowers.Select(b => PartitionHasher.PartitionOf(b, 16)).Distinct().Count() >= expected);
        foreach (var borrower in borrowers)
        {
            await OpenAndDrawAsync(cluster, borrower);
        }

        await EndTheDayAsync(cluster);
        var sweep = cluster.Sweep(0, new BookSweepOptions(Workers: 4, LiveIdle: TimeSpan.Zero, BusyWorkers: 1));
        if (serving)
        {
            await OpenAndDrawAsync(cluster, "B13");
        }
        else
        {
            await Task.Delay(SweepSettings.BusyWindow + TimeSpan.FromMilliseconds(200));
        }

        Assert.Equal(borrowers.Length, await sweep.SweepOnceAsync(CancellationToken.None));

        Assert.Equal(expected, chunks[0].MostAtOnce);
        var progress = await ProgressAsync(cluster);
        Assert.Equal(progress.Books, progress.BooksClosed);
    }

    private static async Task<int> ActivationsAsync(GrainCluster cluster, string grainClass) =>
        (await cluster.Client.GetGrain<IManagementGrain>(0).GetSimpleGrainStatistics())
            .Where(s => s.GrainType.Contains(grainClass, StringComparison.Ordinal)).Sum(s => s.ActivationCount);

    [Fact]
    public async Task SweepOnceAsync_NoGraceForBooksInUse_ClosesTheLiveBookFromItsRows()
    {
        await using var cluster = await GrainCluster.StartSqliteAsync(Path.Combine(_directory, "ledger.db"));
        await OpenAndDrawThenEndTheDayAsync(cluster);
        var sweep = cluster.Sweep(0, new BookSweepOptions(LiveIdle: TimeSpan.Zero));

        Assert.Equal(1, await sweep.SweepOnceAsync(CancellationToken.None));
        Assert.Equal(new Storage.ClosingProgress(1, 1), await ProgressAsync(cluster));
    }

    [Fact]
    public async Task SweepOnceAsync_EveryBookBehindInUse_ReadsNoPartitionAndRecordsNothing()
    {
        var reads = new ReadCountingStore[1];
        await using var cluster = await GrainCluster.StartSqliteAsync(Path.Combine(_directory, "ledger.db"),
            s => (reads[0] = new ReadCountingStore(s)).Store);
        await OpenAndDrawThenEndTheDayAsync(cluster);
        var sweep = cluster.Sweep(0, new BookSweepOptions(LiveIdle: TimeSpan.FromHours(1)));

        Assert.Equal(0, await sweep.SweepOnceAsync(CancellationToken.None));

        // The store counts one book behind in B1's partition, and B1's grain, in use, is behind in memory too: the
        // partition is left without reading it.
        Assert.Equal(0, reads[0].Reads);
        Assert.Equal(new Storage.ClosingProgress(0, 1), await ProgressAsync(cluster));
        await using var store = cluster.OpenStore();
        Assert.Null((await store.GetLedgerStateAsync(CancellationToken.None)).ClosedThrough);
    }

    [Fact]
    public async Task SweepOnceAsync_AnIdleBookBesideABookInUse_ReadsItsPartitionAndClosesOnlyIt()
    {
        var reads = new ReadCountingStore[1];
        await using var cluster = await GrainCluster.StartSqliteAsync(Path.Combine(_directory, "ledger.db"),
            s => (reads[0] = new ReadCountingStore(s)).Store);
        await SetTheDateAsync(cluster);
        await OpenAndDrawAsync(cluster, "B2");
        await cluster.CollectIdleGrainsAsync();
        await OpenAndDrawAsync(cluster, "B1");
        await EndTheDayAsync(cluster);
        var sweep = cluster.Sweep(0, new BookSweepOptions(LiveIdle: TimeSpan.FromHours(1)));

        Assert.Equal(1, await sweep.SweepOnceAsync(CancellationToken.None));

        Assert.True(reads[0].Reads >= 1, "The partition of the idle book was not read.");
        Assert.Equal(new Storage.ClosingProgress(1, 2), await ProgressAsync(cluster));
    }

    /// <summary>The most sweep chunks in flight at once, each held for 100 ms so that workers overlap.</summary>
    private sealed class ChunkCountingStore(Storage.ILedgerStore inner) : Testing.Stores.StoreDecorator(inner)
    {
        private int _inFlight;
        private int _most;

        public int MostAtOnce => Volatile.Read(ref _most);

        public override async Task<Storage.SweptChunk> SweepChunkAsync(string siloId, int partitionId,
            DateOnly closeThrough, string afterBorrowerId, int maxBooks, IReadOnlyCollection<string> skipping,
            Func<IReadOnlyList<Storage.GrainRow>, IReadOnlyList<Storage.ClosedBook>> close,
            CancellationToken cancellationToken)
        {
            var now = Interlocked.Increment(ref _inFlight);
            for (var most = Volatile.Read(ref _most); now > most; most = Volatile.Read(ref _most))
            {
                Interlocked.CompareExchange(ref _most, now, most);
            }

            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
                return await base.SweepChunkAsync(siloId, partitionId, closeThrough, afterBorrowerId, maxBooks,
                    skipping, close, cancellationToken);
            }
            finally
            {
                Interlocked.Decrement(ref _inFlight);
            }
        }
    }

    /// <summary>Counts the sweep's reads of books to close.</summary>
    private sealed class ReadCountingStore(Storage.ILedgerStore inner) : Testing.Stores.StoreDecorator(inner)
    {
        private int _reads;

        public int Reads => Volatile.Read(ref _reads);

        public override Task<IReadOnlyList<Storage.GrainRow>> LoadBooksToCloseAsync(int partitionId,
            DateOnly closeThrough, string afterBorrowerId, int maxBooks, IReadOnlyCollection<string> skipping,
            CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _reads);
            return base.LoadBooksToCloseAsync(partitionId, closeThrough, afterBorrowerId, maxBooks, skipping,
                cancellationToken);
        }
    }

    private static async Task OpenAndDrawThenEndTheDayAsync(GrainCluster cluster)
    {
        await SetTheDateAsync(cluster);
        await OpenAndDrawAsync(cluster, "B1");
        await EndTheDayAsync(cluster);
    }

    private static async Task SetTheDateAsync(GrainCluster cluster) =>
        Assert.True((await cluster.Client.GetGrain<ILedgerOperatorGrain>(GrainKeys.Ledger)
            .SetBusinessDateAsync(new SetBusinessDateCommand { Id = "sd", Date = Day1 })).IsAccepted);

    private static async Task EndTheDayAsync(GrainCluster cluster) =>
        Assert.True((await cluster.Client.GetGrain<ILedgerOperatorGrain>(GrainKeys.Ledger)
            .EndOfDayAsync(new EndOfDayCommand { Id = "eod-1", Date = Day1 })).IsAccepted);

    private static async Task OpenAndDrawAsync(GrainCluster cluster, string borrower)
    {
        var results = await cluster.Client.GetGrain<IBorrowerGrain>(borrower).SubmitRecordsAsync(
        [
            $$"""{"type":"OpenBorrower","id":"o1","borrower":"{{borrower}}","limit":100000000}""",
            $$"""{"type":"OpenCreditLine","id":"l1","borrower":"{{borrower}}","line":"L1","limit":50000000,"rate":"0.0365","expiryDate":"2024-05-01","maturityDate":"2024-06-01"}""",
            $$"""{"type":"Draw","id":"d1","borrower":"{{borrower}}","line":"L1","amount":36000000}""",
        ]);
        Assert.All(results, r => Assert.True(r.IsAccepted, $"{r.CommandId}: {r.Outcome} {r.Error}"));
    }

    private static async Task<Storage.ClosingProgress> ProgressAsync(GrainCluster cluster)
    {
        await using var store = cluster.OpenStore();
        return await store.GetClosingProgressAsync(Day1, CancellationToken.None);
    }
}
