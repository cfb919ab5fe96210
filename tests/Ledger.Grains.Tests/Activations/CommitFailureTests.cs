using Ledger.Domain;
using Ledger.GrainInterfaces;
using Ledger.Grains.Tests.Support;
using Ledger.Storage;
using Ledger.Testing.Stores;
using static Ledger.Testing.TestCommands;

namespace Ledger.Grains.Tests.Activations;

/// <summary>A failed group commit books nothing and answers "try again" (a 503 over HTTP) for the commands it
/// carried, the borrower grain reloads its book in place, and the commands sent again book exactly once; other
/// borrowers' grains are unaffected. A command whose book keeps changing under it (its proof fails every time) is
/// decided again at most three times, then answered "try again", and fails only its own turns.</summary>
public sealed class CommitFailureTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("ledger-commit-failure-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private async Task<(GrainCluster Cluster, T Store)> StartAsync<T>(Func<ILedgerStore, T> decorate)
        where T : StoreDecorator
    {
        T? decorator = null;
        var cluster = await GrainCluster.StartSqliteAsync(Path.Combine(_directory, "ledger.db"),
            s => (decorator = decorate(s)).Store);
        await cluster.Client.SubmitOkAsync(SetBusinessDate(Day1));
        return (cluster, decorator!);
    }

    private static async Task OpenWithLineAsync(IGrainFactory grains, string borrower) =>
        await grains.SubmitAllOkAsync([OpenBorrower(borrower), OpenLine(borrower, "L1")]);

    private static Task<IReadOnlyList<CommandResult>> SendAsync(IGrainFactory grains, params LedgerCommand[] commands) =>
        grains.GetGrain<IBorrowerGrain>(((BorrowerCommand)commands[0]).Borrower)
            .SubmitRecordsAsync([.. commands.Select(RecordOf)]);

    [Fact]
    public async Task Submit_CommitFailsOnce_AnswersTryAgainAndTheRetryBooksExactlyOnce()
    {
        var (cluster, store) = await StartAsync(s => new FaultyStore(s));
        await using var _ = cluster;
        await OpenWithLineAsync(cluster.Client, "B1");
        await cluster.Client.SubmitOkAsync(Draw("B1", "L1", 1_000, "d1"));
        store.FailOnceForCommand("d2");
        var loads = store.LoadsOf("B1");

        var failed = (await SendAsync(cluster.Client, Draw("B1", "L1", 500, "d2")))[0];

        Assert.Equal((CommandStatus.TryAgain, "STORE_UNAVAILABLE"), (failed.Status, failed.Outcome));
        Assert.Equal(1, store.Failures);
        await AssertStoredAsync(cluster, 1_000, "d1");
        Assert.True((await SendAsync(cluster.Client, Draw("B1", "L1", 500, "d2")))[0].IsAccepted);
        Assert.Equal(loads + 1, store.LoadsOf("B1")); // Reloaded once, after the failure.
        Assert.True((await SendAsync(cluster.Client, Draw("B1", "L1", 500, "d2")))[0].IsAccepted);
        await AssertStoredAsync(cluster, 1_500, "d1", "d2");
        Assert.Equal(1_500, (await cluster.Client.GetGrain<IBorrowerGrain>("B1").GetAsync())!.Exposure);
    }

    [Fact]
    public async Task Submit_FirstCommitOfABatchFails_LaterCommandsOfTheBatchAreNotBookedEither()
    {
        var (cluster, store) = await StartAsync(s => new FaultyStore(s));
        await using var _ = cluster;
        await OpenWithLineAsync(cluster.Client, "B1");
        await cluster.Client.SubmitOkAsync(Draw("B1", "L1", 1_000, "d1"));
        store.FailOnceForCommand("d2");
        LedgerCommand[] batch = [Draw("B1", "L1", 200, "d2"), Draw("B1", "L1", 30, "d3"), Draw("B1", "L1", 4, "d4")];

        var results = await SendAsync(cluster.Client, batch);

        Assert.All(results, r => Assert.Equal((CommandStatus.TryAgain, "STORE_UNAVAILABLE"), (r.Status, r.Outcome)));
        await AssertStoredAsync(cluster, 1_000, "d1");
        Assert.All(await SendAsync(cluster.Client, batch), r => Assert.True(r.IsAccepted, r.Outcome));
        await AssertStoredAsync(cluster, 1_234, "d1", "d2", "d3", "d4");
    }

    [Fact]
    public async Task Submit_CommitOfAnotherBorrowersCommandFailed_ThisBorrowerIsUnaffected()
    {
        var (cluster, store) = await StartAsync(s => new FaultyStore(s));
        await using var _ = cluster;
        await OpenWithLineAsync(cluster.Client, "B1");
        await OpenWithLineAsync(cluster.Client, "B2");
        await cluster.Client.SubmitOkAsync(Draw("B1", "L1", 1_000, "d1"));
        var loads = store.LoadsOf("B1");
        store.FailOnceForCommand("x1");

        Assert.Equal(CommandStatus.TryAgain, (await SendAsync(cluster.Client, Draw("B2", "L1", 9, "x1")))[0].Status);
        await cluster.Client.SubmitOkAsync(Draw("B1", "L1", 500, "d2"));

        // B1's grain kept its book: not loaded again.
        Assert.Equal(loads, store.LoadsOf("B1"));
        await AssertStoredAsync(cluster, 1_500, "d1", "d2");
        await using var reads = cluster.OpenStore();
        Assert.Empty(await reads.JournalAsync("B2"));
    }

    [Fact]
    public async Task Submit_BookChangesUnderEveryDecision_IsDecidedFourTimesThenTryAgainAndOthersCommit()
    {
        var (cluster, store) = await StartAsync(s => new ContendedStore(s, "B1") { Contended = false });
        await using var _ = cluster;
        await OpenWithLineAsync(cluster.Client, "B1");
        await OpenWithLineAsync(cluster.Client, "B2");
        store.Contended = true;
        var loadsBefore = store.Loads;

        // Sent together, so that the two turns may share group commits: B1's fail, B2's commit.
        var answers = await Task.WhenAll(
            SendAsync(cluster.Client, Draw("B1", "L1", 500, "d1")), SendAsync(cluster.Client, Draw("B2", "L1", 500, "x1")));

        var contended = answers[0][0];
        Assert.Equal((CommandStatus.TryAgain, "BOOK_VERSION_CONFLICT"), (contended.Status, contended.Outcome));
        Assert.True(answers[1][0].IsAccepted, answers[1][0].Outcome);
        Assert.Equal(4, store.Refused);
        // Reloaded before each of the three decisions again.
        Assert.Equal(3, store.Loads - loadsBefore);
        await using var reads = cluster.OpenStore();
        Assert.DoesNotContain(await reads.StoredOutcomesAsync("B1"), o => o.CommandId == "d1");
        Assert.Equal(0, (await reads.StoredBookAsync("B1")).Borrower!.ExposureMinor);
        Assert.Equal(500, (await reads.StoredBookAsync("B2")).Borrower!.ExposureMinor);

        store.Contended = false;
        Assert.True((await SendAsync(cluster.Client, Draw("B1", "L1", 500, "d1")))[0].IsAccepted);
        Assert.Equal(500, (await reads.StoredBookAsync("B1")).Borrower!.ExposureMinor);
    }

    /// <summary>The store holds exactly <paramref name="principalMinor"/> on B1/L1 and one journal entry and one
    /// recorded outcome per listed draw, numbered from 1 in that order.</summary>
    private static async Task AssertStoredAsync(GrainCluster cluster, long principalMinor, params string[] draws)
    {
        await using var store = cluster.OpenStore();
        var book = await store.StoredBookAsync("B1");
        Assert.Equal(principalMinor, book.Lines["L1"].Balance.PrincipalMinor);
        Assert.Equal(principalMinor, book.Borrower!.ExposureMinor);
        var journal = await store.JournalAsync("B1");
        Assert.Equal(draws.Select((d, i) => (i + 1L, d)), journal.Select(p => (p.EntrySeq, p.CommandId!)).Distinct());
        var outcomes = (await store.StoredOutcomesAsync("B1")).Select(o => o.CommandId).Where(id => id[0] == 'd');
        Assert.Equal(draws.Order(StringComparer.Ordinal), outcomes.Order(StringComparer.Ordinal));
    }
}
