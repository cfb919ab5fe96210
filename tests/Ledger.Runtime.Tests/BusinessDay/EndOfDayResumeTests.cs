using Ledger.Domain;
using Ledger.Storage;
using Ledger.Runtime.Tests.Support;
using Ledger.Testing;
using static Ledger.Runtime.Tests.Support.Commands;

namespace Ledger.Runtime.Tests.BusinessDay;

/// <summary>An end of day that dies in the middle (some partition chunks committed, the rest not) is finished by
/// running it again, after a restart, with the same result as if it had never failed: no entity accrued twice,
/// none skipped, no tranche released twice. Until then, new commands are held and recorded ones answered.
/// </summary>
/// <remarks>Run once per store by the subclasses at the end of this file.</remarks>
public abstract class EndOfDayResumeTests : IAsyncLifetime
{
    /// <summary>With a row budget of 1 row per transaction, end of day commits each read of a few partitions
    /// (the first read of each worker takes 4, later ones 1): 64 partitions make dozens of chunk commits, so a
    /// crash can fall between them.</summary>
    private const int Partitions = 64;

    private static readonly DateOnly Day2 = Day1.AddDays(1);

    private EngineHarness _crashed = null!;
    private EngineHarness _reference = null!;

    private protected abstract Task<LedgerLocation> CreateLocationAsync();

    public async Task InitializeAsync()
    {
        _crashed = new EngineHarness(await CreateLocationAsync());
        _reference = new EngineHarness(await CreateLocationAsync());
    }

    public async Task DisposeAsync()
    {
        await _crashed.DisposeAsync();
        await _reference.DisposeAsync();
    }

    private static RuntimeOptions Options() => EngineHarness.Options(o =>
    {
        o.PartitionCount = Partitions;
        o.EndOfDayRowsPerCommit = 1;
    });

    [Fact]
    public async Task EndOfDay_SmallLedgerWithTheDefaultRowBudget_CommitsOncePerWorkerAtMost()
    {
        var (engine, faulty) = await _crashed.StartDecoratedAsync(s => new FaultyStore(s),
            EngineHarness.Options(o => o.PartitionCount = Partitions));
        await ApplyAsync(engine, Day1Commands());

        await engine.SubmitOkAsync(EndOfDay(Day1));

        Assert.InRange(faulty.EndOfDayCommits, 1, new RuntimeOptions().EndOfDayWorkers);
        Assert.Equal(Partitions, (await faulty.Store.GetPartitionsDoneAsync(Day1, EngineHarness.Ct)).Count);
        var reference = new InMemoryLedger();
        foreach (var command in Day1Commands().Append(EndOfDay(Day1)))
        {
            reference.Apply(command);
        }

        Assert.Equal(reference.Snapshot(), await engine.SnapshotAsync());
    }

    [Fact]
    public async Task EndOfDay_CrashAfterTheFirstChunkThenRestartAndRerun_EqualsTheRunThatNeverCrashed()
    {
        var held = Draw("B007", "L1", 4_321, "after-restart");
        var (referenceSnapshot, referenceJournal) = await RunWithoutCrashAsync(held);

        var (engine, faulty) = await _crashed.StartDecoratedAsync(s => new FaultyStore(s), Options());
        var store = faulty.Store;
        await ApplyAsync(engine, Day1Commands());
        faulty.CrashEndOfDayAtChunk(2);
        var crash = await Assert.ThrowsAnyAsync<RetryableLedgerException>(
            () => engine.SubmitAsync(EndOfDay(Day1), EngineHarness.Ct));
        Assert.Equal("COMMIT_FAILED", crash.Status);
        Assert.Equal(1, faulty.EndOfDayCommits);
        Assert.InRange((await store.GetPartitionsDoneAsync(Day1, EngineHarness.Ct)).Count, 1, Partitions - 1);
        Assert.Equal(Day1, await store.GetBusinessDateAsync(EngineHarness.Ct));
        await EngineHarness.StopAsync(engine, store);

        (engine, store) = await _crashed.StartAsync(Options());
        Assert.True(engine.GetStatus().EndOfDayPending);
        var hold = await Assert.ThrowsAnyAsync<RetryableLedgerException>(
            () => engine.SubmitAsync(held, EngineHarness.Ct));
        Assert.Equal("END_OF_DAY_IN_PROGRESS", hold.Status);
        Assert.Equal(CommandOutcome.Accepted,
            await engine.SubmitAsync(FirstDraw(7), EngineHarness.Ct));
        Assert.Equal(CommandOutcome.LineLimitExceeded,
            await engine.SubmitAsync(TooLargeDraw("B008"), EngineHarness.Ct));
        Assert.DoesNotContain(await store.StoredOutcomesAsync("B007"), o => o.CommandId == held.Id);

        await engine.SubmitOkAsync(EndOfDay(Day1));

        Assert.False(engine.GetStatus().EndOfDayPending);
        Assert.Equal(Partitions, (await store.GetPartitionsDoneAsync(Day1, EngineHarness.Ct)).Count);
        await engine.SubmitOkAsync(held);
        await engine.SubmitOkAsync(EndOfDay(Day2));
        Assert.Equal(referenceSnapshot, await engine.SnapshotAsync());
        Assert.Equal(referenceJournal, await store.WholeJournalAsync());
    }

    [Fact]
    public async Task EndOfDay_CrashedRunInTheSameEngine_HoldsNewCommandsUntilRunAgain()
    {
        var (engine, faulty) = await _crashed.StartDecoratedAsync(s => new FaultyStore(s), Options());
        var store = faulty.Store;
        await ApplyAsync(engine, Day1Commands());
        faulty.CrashEndOfDayAtChunk(3);
        await Assert.ThrowsAnyAsync<RetryableLedgerException>(() => engine.SubmitAsync(EndOfDay(Day1),
            EngineHarness.Ct));

        var hold = await Assert.ThrowsAnyAsync<RetryableLedgerException>(
            () => engine.SubmitAsync(Draw("B001", "L1", 5, "new"), EngineHarness.Ct));
        Assert.Equal("END_OF_DAY_IN_PROGRESS", hold.Status);
        Assert.InRange((await store.GetPartitionsDoneAsync(Day1, EngineHarness.Ct)).Count, 2, Partitions - 1);

        faulty.CrashEndOfDayAtChunk(0);
        await engine.SubmitOkAsync(EndOfDay(Day1));
        await engine.SubmitOkAsync(Draw("B001", "L1", 5, "new"));
        var reference = new InMemoryLedger();
        foreach (var command in Day1Commands().Append(EndOfDay(Day1)).Append(Draw("B001", "L1", 5, "new")))
        {
            reference.Apply(command);
        }

        Assert.Equal(reference.Snapshot(), await engine.SnapshotAsync());
    }

    [Fact]
    public async Task EndOfDay_LedgerCommitFailsAfterEveryChunk_RerunOnlyMovesTheDate()
    {
        var (engine, faulty) = await _crashed.StartDecoratedAsync(s => new FaultyStore(s), Options());
        var store = faulty.Store;
        var commands = Day1Commands();
        await ApplyAsync(engine, commands);
        faulty.FailOnceForCommand(EndOfDay(Day1).Id);

        var failed = await Assert.ThrowsAnyAsync<RetryableLedgerException>(
            () => engine.SubmitAsync(EndOfDay(Day1), EngineHarness.Ct));

        Assert.Equal("COMMIT_FAILED", failed.Status);
        Assert.Equal(Partitions, (await store.GetPartitionsDoneAsync(Day1, EngineHarness.Ct)).Count);
        Assert.Equal(Day1, await store.GetBusinessDateAsync(EngineHarness.Ct));
        var journalBefore = await store.WholeJournalAsync();
        await engine.SubmitOkAsync(EndOfDay(Day1));
        Assert.Equal(journalBefore, await store.WholeJournalAsync());
        Assert.Equal(Day2, await store.GetBusinessDateAsync(EngineHarness.Ct));
        var domain = new InMemoryLedger();
        foreach (var command in commands.Append(EndOfDay(Day1)))
        {
            domain.Apply(command);
        }

        Assert.Equal(domain.Snapshot(), await engine.SnapshotAsync());
    }

    /// <summary>The same commands with no crash; its snapshot is also checked against the pure domain.</summary>
    private async Task<(string Snapshot, List<JournalPosting> Journal)> RunWithoutCrashAsync(Draw held)
    {
        var (engine, store) = await _reference.StartAsync(Options());
        var commands = Day1Commands()
            .Append(EndOfDay(Day1))
            .Append(FirstDraw(7))
            .Append(TooLargeDraw("B008"))
            .Append(held)
            .Append(EndOfDay(Day2))
            .ToList();
        var domain = new InMemoryLedger();
        foreach (var command in commands)
        {
            Assert.Equal(domain.Apply(command), await engine.SubmitAsync(command, EngineHarness.Ct));
        }

        var snapshot = await engine.SnapshotAsync();
        Assert.Equal(domain.Snapshot(), snapshot);
        return (snapshot, await store.WholeJournalAsync());
    }

    private static Draw FirstDraw(int i) => Draw($"B{i:D3}", "L1", 1_000_000 + (i * 12_345), $"draw-B{i:D3}");

    private static Draw TooLargeDraw(string borrower) => Draw(borrower, "L1", 9_000_000_000, $"big-{borrower}");

    /// <summary>80 borrowers spread over every partition chunk, each with a drawn line at its own rate; every
    /// third also has an order whose tranches the end of day releases (one on each of the next two days). The
    /// last command is refused (its outcome is recorded all the same).</summary>
    private static List<LedgerCommand> Day1Commands()
    {
        var commands = new List<LedgerCommand> { SetBusinessDate(Day1) };
        for (var i = 0; i < 80; i++)
        {
            var borrower = $"B{i:D3}";
            commands.Add(OpenBorrower(borrower, limitMinor: 1_000_000_000));
            commands.Add(OpenLine(borrower, "L1", limitMinor: 500_000_000, rate: $"0.{30 + (i % 40):D2}5"));
            commands.Add(FirstDraw(i));
            if (i % 3 == 0)
            {
                commands.Add(OpenOrder(borrower, "O1", $"S{i % 5}",
                    [(2_000_000 + i, Day1.AddDays(1)), (3_000_000 + i, Day1.AddDays(2))], rate: "0.0435"));
            }
        }

        commands.Add(TooLargeDraw("B008"));

        return commands;
    }

    private static async Task ApplyAsync(LedgerEngine engine, List<LedgerCommand> commands)
    {
        var domain = new InMemoryLedger();
        foreach (var command in commands)
        {
            Assert.Equal(domain.Apply(command), await engine.SubmitAsync(command, EngineHarness.Ct));
        }
    }
}

public sealed class SqliteEndOfDayResumeTests : EndOfDayResumeTests
{
    private protected override Task<LedgerLocation> CreateLocationAsync() => Task.FromResult(LedgerLocation.Sqlite());
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresEndOfDayResumeTests(PostgresFixture postgres) : EndOfDayResumeTests
{
    private protected override async Task<LedgerLocation> CreateLocationAsync() =>
        LedgerLocation.Postgres(await postgres.CreateDatabaseAsync());
}
