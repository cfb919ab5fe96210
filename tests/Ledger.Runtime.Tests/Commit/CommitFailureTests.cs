using Ledger.Domain;
using Ledger.Runtime.Tests.Support;
using static Ledger.Runtime.Tests.Support.Commands;

namespace Ledger.Runtime.Tests.Commit;

/// <summary>A failed group commit acknowledges nothing, drops the activations whose memory ran ahead of the
/// store, and lets the retried commands book exactly once on a book reloaded from the store.</summary>
public sealed class CommitFailureTests : IAsyncLifetime
{
    private readonly EngineHarness _harness = new(LedgerLocation.Sqlite());

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _harness.DisposeAsync().AsTask();

    private async Task<(LedgerEngine Engine, FaultyStore Store)> StartWithDrawAsync()
    {
        var (engine, faulty) = await _harness.StartDecoratedAsync(s => new FaultyStore(s));
        await engine.SubmitOkAsync(SetBusinessDate(Day1));
        await engine.OpenBorrowerWithLineAsync("B1");
        await engine.SubmitOkAsync(Draw("B1", "L1", 1_000, "d1"));
        return (engine, faulty);
    }

    [Fact]
    public async Task SubmitAsync_CommitFailsOnce_IsNotAcknowledgedAndTheRetryBooksExactlyOnce()
    {
        var (engine, store) = await StartWithDrawAsync();
        store.FailOnceForCommand("d2");

        var error = await Assert.ThrowsAnyAsync<RetryableLedgerException>(
            () => engine.SubmitAsync(Draw("B1", "L1", 500, "d2"), EngineHarness.Ct));

        Assert.Equal("COMMIT_FAILED", error.Status);
        Assert.Equal(1, store.Failures);
        Assert.Equal(1, store.LoadsOf("B1"));
        await AssertStoredAsync(store, 1_000, "d1");

        Assert.Equal(CommandOutcome.Accepted,
            await engine.SubmitAsync(Draw("B1", "L1", 500, "d2"), EngineHarness.Ct));
        Assert.Equal(2, store.LoadsOf("B1"));
        Assert.Equal(CommandOutcome.Accepted,
            await engine.SubmitAsync(Draw("B1", "L1", 500, "d2"), EngineHarness.Ct));
        await AssertStoredAsync(store, 1_500, "d1", "d2");
        Assert.Equal(1_500, await engine.ReadBorrowerAsync("B1", b => b.Borrower!.ExposureMinor, EngineHarness.Ct));
    }

    [Fact]
    public async Task SubmitSameBorrowerAsync_FirstCommitFails_LaterCommandsOfThePipelineAreNotBookedEither()
    {
        var (engine, store) = await StartWithDrawAsync();
        store.FailOnceForCommand("d2");
        var pipelined = new BorrowerCommand[]
        {
            Draw("B1", "L1", 200, "d2"), Draw("B1", "L1", 30, "d3"), Draw("B1", "L1", 4, "d4"),
        };

        var results = await engine.SubmitSameBorrowerAsync(pipelined, EngineHarness.Ct);

        foreach (var result in results)
        {
            var error = await Assert.ThrowsAnyAsync<RetryableLedgerException>(() => result);
            Assert.Equal("COMMIT_FAILED", error.Status);
        }

        await AssertStoredAsync(store, 1_000, "d1");
        var retried = await engine.SubmitSameBorrowerAsync(pipelined, EngineHarness.Ct);
        Assert.All(await Task.WhenAll(retried), o => Assert.Equal(CommandOutcome.Accepted, o));
        await AssertStoredAsync(store, 1_234, "d1", "d2", "d3", "d4");
    }

    [Fact]
    public async Task SubmitAsync_CommitOfAnotherBorrowersBatchFailed_ThisBorrowerIsUnaffected()
    {
        var (engine, store) = await StartWithDrawAsync();
        await engine.OpenBorrowerWithLineAsync("B2");
        store.FailOnceForCommand("x1");

        await Assert.ThrowsAnyAsync<RetryableLedgerException>(
            () => engine.SubmitAsync(Draw("B2", "L1", 9, "x1"), EngineHarness.Ct));
        await engine.SubmitOkAsync(Draw("B1", "L1", 500, "d2"));

        // B1 kept its activation: it was loaded once, by its first command.
        Assert.Equal(1, store.LoadsOf("B1"));
        await AssertStoredAsync(store, 1_500, "d1", "d2");
        Assert.Empty(await store.Inner.JournalAsync("B2"));
    }

    /// <summary>The store holds exactly <paramref name="principalMinor"/> on B1/L1 and one journal entry and one
    /// recorded outcome per listed draw, numbered from 1 in that order.</summary>
    private static async Task AssertStoredAsync(FaultyStore faulty, long principalMinor, params string[] draws)
    {
        var store = faulty.Inner; // Reads around the decorator, so that they are not counted as activations.
        var book = await store.StoredBookAsync("B1");
        Assert.Equal(principalMinor, book.Lines["L1"].Balance.PrincipalMinor);
        Assert.Equal(principalMinor, book.Borrower!.ExposureMinor);
        var journal = await store.JournalAsync("B1");
        Assert.Equal(draws.Select((d, i) => (i + 1L, d)), journal.Select(p => (p.EntrySeq, p.CommandId!)).Distinct());
        var outcomes = (await store.StoredOutcomesAsync("B1")).Select(o => o.CommandId).Where(id => id[0] == 'd');
        Assert.Equal(draws.Order(StringComparer.Ordinal), outcomes.Order(StringComparer.Ordinal));
        var balances = await store.BalancesAsync();
        Assert.Equal(principalMinor, balances[Accounts.LoanPrincipal]);
        Assert.Equal(-principalMinor, balances[Accounts.DisbursementClearing]);
    }
}
