using Ledger.Domain;
using Ledger.Runtime.Tests.Support;
using Ledger.Storage;
using Ledger.Testing;
using static Ledger.Runtime.Tests.Support.Commands;

namespace Ledger.Runtime.Tests.Activations;

/// <summary>Two activations of one borrower at once (two engines on one store that both hold its partition, as a
/// stale silo next to its successor would): the store's book version decides. Every command is booked once, a
/// rejection decided on a stale book is never recorded, and the activation that lost reloads its book in place and
/// decides again.</summary>
/// <remarks>Run once per store by the subclasses at the end of this file.</remarks>
public abstract class DuplicateActivationTests : IAsyncLifetime
{
    private EngineHarness _harness = null!;

    private protected abstract Task<LedgerLocation> CreateLocationAsync();

    public async Task InitializeAsync() => _harness = new EngineHarness(await CreateLocationAsync());

    public Task DisposeAsync() => _harness.DisposeAsync().AsTask();

    private static CancellationToken Ct => EngineHarness.Ct;

    /// <summary>Two engines of the same silo id on one store: both take every partition at the same epoch, so both
    /// pass the fence and nothing but the book version keeps their activations apart.</summary>
    private async Task<(LedgerEngine First, LedgerEngine Second, ILedgerStore Store)> StartTwinsAsync()
    {
        var (first, store) = await _harness.StartAsync();
        await first.SubmitOkAsync(SetBusinessDate(Day1));
        var (second, _) = await _harness.StartAsync();
        return (first, second, store);
    }

    /// <summary>Activates <paramref name="borrower"/> on <paramref name="engine"/> (its book loaded as stored now).
    /// </summary>
    private static Task<int?> ActivateAsync(LedgerEngine engine, string borrower) =>
        engine.ReadBorrowerAsync<int?>(borrower, b => b.Lines.Count, Ct);

    /// <summary>Submits until an outcome comes back, as a client resending the same id after a retryable answer.
    /// </summary>
    private static async Task<CommandOutcome> SubmitUntilAnsweredAsync(LedgerEngine engine, LedgerCommand command)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await engine.SubmitAsync(command, Ct);
            }
            catch (RetryableLedgerException) when (attempt < 20)
            {
                await Task.Delay(attempt);
            }
        }
    }

    [Fact]
    public async Task SubmitAsync_SameCommandsThroughTwoActivationsAtOnce_BookEachOnce()
    {
        var (first, second, store) = await StartTwinsAsync();
        await first.OpenBorrowerWithLineAsync("B1");
        await ActivateAsync(second, "B1");
        var draws = Enumerable.Range(0, 30).Select(i => Draw("B1", "L1", 100 + i, $"d{i}")).ToList();

        // Each command reaches both activations (a retried message), the two sides interleaving freely.
        var outcomes = await Task.WhenAll(draws.SelectMany(d => new[]
        {
            Task.Run(() => SubmitUntilAnsweredAsync(first, d)), Task.Run(() => SubmitUntilAnsweredAsync(second, d)),
        }));

        Assert.All(outcomes, o => Assert.Equal(CommandOutcome.Accepted, o));
        var expected = draws.Sum(d => d.AmountMinor);
        var book = await store.StoredBookAsync("B1");
        Assert.Equal(expected, book.Borrower!.ExposureMinor);
        Assert.Equal(expected, book.Lines["L1"].Balance.PrincipalMinor);
        var outcomesStored = await store.StoredOutcomesAsync("B1");
        Assert.All(draws, d => Assert.Single(outcomesStored, o => o.CommandId == d.Id));
        var journal = await store.JournalAsync("B1");
        Assert.All(draws, d => Assert.Single(journal.Where(p => p.CommandId == d.Id).Select(p => p.EntrySeq)
            .Distinct()));
        Assert.Equal(expected, await first.ReadBorrowerAsync("B1", b => b.Borrower!.ExposureMinor, Ct));
        Assert.Equal(expected, await second.ReadBorrowerAsync("B1", b => b.Borrower!.ExposureMinor, Ct));
    }

    [Fact]
    public async Task SubmitAsync_StaleActivationDrawsOnALineAnotherOpened_IsDecidedAgainNotRejected()
    {
        var (first, second, store) = await StartTwinsAsync();
        await first.SubmitOkAsync(OpenBorrower("B1"));
        Assert.Equal(0, await ActivateAsync(second, "B1"));
        await first.SubmitOkAsync(OpenLine("B1", "L1"));

        // The second activation still holds the book without L1: it decides UNKNOWN_LINE, the store refuses the
        // rejection's proof, and the command is decided again on the reloaded book.
        var outcome = await second.SubmitAsync(Draw("B1", "L1", 700, "d1"), Ct);

        Assert.Equal(CommandOutcome.Accepted, outcome);
        var stored = Assert.Single(await store.StoredOutcomesAsync("B1"), o => o.CommandId == "d1");
        Assert.Equal("ACCEPTED", stored.Outcome);
        Assert.Equal(700, (await store.StoredBookAsync("B1")).Borrower!.ExposureMinor);
        Assert.Equal(CommandOutcome.Accepted, await first.SubmitAsync(Draw("B1", "L1", 700, "d1"), Ct));
    }

    [Fact]
    public async Task SubmitAsync_StaleActivationOfABorrowerAnotherOpened_NeverRecordsUnknownBorrower()
    {
        var (first, second, store) = await StartTwinsAsync();
        Assert.Null(await ActivateAsync(second, "B1"));
        await first.OpenBorrowerWithLineAsync("B1");

        var outcome = await second.SubmitAsync(Draw("B1", "L1", 300, "d1"), Ct);

        Assert.Equal(CommandOutcome.Accepted, outcome);
        Assert.Equal("ACCEPTED", Assert.Single(await store.StoredOutcomesAsync("B1"), o => o.CommandId == "d1").Outcome);
    }

    [Fact]
    public async Task SubmitAsync_FirstCommandRacedByTwoActivations_OneOpensTheOtherIsDecidedAgain()
    {
        var (first, second, store) = await StartTwinsAsync();
        for (var round = 0; round < 4; round++)
        {
            var borrower = $"N{round}";
            Assert.Null(await ActivateAsync(first, borrower));
            Assert.Null(await ActivateAsync(second, borrower));

            var outcomes = await Task.WhenAll(
                Task.Run(() => first.SubmitAsync(OpenBorrower(borrower, 1_000, id: "o1"), Ct)),
                Task.Run(() => second.SubmitAsync(OpenBorrower(borrower, 2_000, id: "o2"), Ct)));

            Assert.Single(outcomes, o => o == CommandOutcome.Accepted);
            Assert.Single(outcomes, o => o == CommandOutcome.AlreadyExists);
            var winner = outcomes[0] == CommandOutcome.Accepted ? "o1" : "o2";
            var stored = await store.StoredOutcomesAsync(borrower);
            Assert.Equal(["o1", "o2"], stored.Select(o => o.CommandId));
            Assert.Equal("ACCEPTED", stored.Single(o => o.CommandId == winner).Outcome);
            Assert.Equal("ALREADY_EXISTS", stored.Single(o => o.CommandId != winner).Outcome);
            Assert.Equal(winner == "o1" ? 1_000 : 2_000, (await store.StoredBookAsync(borrower)).Borrower!.LimitMinor);
        }
    }

    [Fact]
    public async Task SubmitAsync_OpeningALine_MovesTheBookVersion()
    {
        var (first, _, store) = await StartTwinsAsync();
        await first.SubmitOkAsync(OpenBorrower("B1"));
        var before = await BookVersionAsync(store, "B1");

        await first.SubmitOkAsync(OpenLine("B1", "L1"));
        var afterLine = await BookVersionAsync(store, "B1");
        await first.SubmitOkAsync(OpenOrder("B1", "O1", "S1", [(1_000, Day1.AddDays(3))]));

        Assert.Equal(before + 1, afterLine);
        Assert.Equal(afterLine + 1, await BookVersionAsync(store, "B1"));
    }

    private static async Task<long> BookVersionAsync(ILedgerStore store, string borrower) =>
        (await store.LoadBorrowerAsync(borrower, Ct)).Grains.Single(g => g.Kind == GrainKind.Borrower).Version;
}

public sealed class SqliteDuplicateActivationTests : DuplicateActivationTests
{
    private protected override Task<LedgerLocation> CreateLocationAsync() => Task.FromResult(LedgerLocation.Sqlite());
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresDuplicateActivationTests(PostgresFixture postgres) : DuplicateActivationTests
{
    private protected override async Task<LedgerLocation> CreateLocationAsync() =>
        LedgerLocation.Postgres(await postgres.CreateDatabaseAsync());
}

/// <summary>A command whose turn keeps failing its proof is decided again at most three times, then its caller is
/// told to retry (a 503 over HTTP), with nothing booked; the activation stays usable.</summary>
public sealed class RedecisionCapTests : IAsyncLifetime
{
    private readonly EngineHarness _harness = new(LedgerLocation.Sqlite());

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _harness.DisposeAsync().AsTask();

    [Fact]
    public async Task SubmitAsync_BookChangesUnderEveryDecision_IsDecidedFourTimesThenRetryable()
    {
        var (engine, store) = await _harness.StartDecoratedAsync(s => new ContendedStore(s, "B1"));
        store.Contended = false;
        await engine.SubmitOkAsync(SetBusinessDate(Day1));
        await engine.OpenBorrowerWithLineAsync("B1");
        await engine.OpenBorrowerWithLineAsync("B2");
        store.Contended = true;
        var loadsBefore = store.Loads;

        var error = await Assert.ThrowsAnyAsync<RetryableLedgerException>(
            () => engine.SubmitAsync(Draw("B1", "L1", 500, "d1"), EngineHarness.Ct));
        var other = await engine.SubmitAsync(Draw("B2", "L1", 500, "x1"), EngineHarness.Ct);

        Assert.Equal("BOOK_VERSION_CONFLICT", error.Status);
        Assert.Equal(4, store.Refused);
        // Reloaded before each of the three decisions again, and once more after the last failure (the book is
        // stale either way; the next message finds it fresh).
        Assert.Equal(4, store.Loads - loadsBefore);
        Assert.Equal(CommandOutcome.Accepted, other);
        Assert.DoesNotContain(await store.Store.StoredOutcomesAsync("B1"), o => o.CommandId == "d1");
        Assert.Equal(0, (await store.Store.StoredBookAsync("B1")).Borrower!.ExposureMinor);

        store.Contended = false;
        Assert.Equal(CommandOutcome.Accepted, await engine.SubmitAsync(Draw("B1", "L1", 500, "d1"), EngineHarness.Ct));
        Assert.Equal(500, (await store.Store.StoredBookAsync("B1")).Borrower!.ExposureMinor);
    }
}
