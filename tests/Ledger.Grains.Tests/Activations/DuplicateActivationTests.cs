using Ledger.Domain;
using Ledger.GrainInterfaces;
using Ledger.Grains.Tests.Support;
using Ledger.Storage;
using Ledger.Storage.Books;

namespace Ledger.Grains.Tests.Activations;

/// <summary>Two activations of one borrower at once, as Orleans allows briefly during membership changes: here two
/// silos' book keepers (the borrower grain's state and decisions), each on its own silo's store session and group
/// commit, fed the same borrower's commands. The store's book version arbitrates: each command is booked once, and a
/// decision made on stale state is never recorded; the activation that lost reloads its book and decides again.
/// </summary>
[Collection(SharedClusterCollection.Name)]
public sealed class DuplicateActivationTests(SharedClusterFixture fixture)
{
    private static int s_borrowers;

    private readonly string _borrower = $"DUP{Interlocked.Increment(ref s_borrowers)}";

    private (BookKeeper First, BookKeeper Second) TwoActivations()
    {
        var silos = fixture.Cluster.Silos;
        Assert.True(silos.Count >= 2, "The cluster has fewer than two silos.");
        return (new BookKeeper(_borrower, silos[0]), new BookKeeper(_borrower, silos[1]));
    }

    private BorrowerCommand Command(string fields)
    {
        var parsed = CommandParser.Parse($"{{\"borrower\":\"{_borrower}\",{fields}}}");
        return parsed.Command as BorrowerCommand ?? throw new InvalidOperationException($"{fields}: {parsed.Message}");
    }

    private BorrowerCommand Open(string id, long limit = 1_000_000) =>
        Command($"\"type\":\"OpenBorrower\",\"id\":\"{id}\",\"limit\":{limit}");

    private BorrowerCommand OpenLine(string id, string line) => Command(
        $"\"type\":\"OpenCreditLine\",\"id\":\"{id}\",\"line\":\"{line}\",\"limit\":1000000,\"rate\":\"0.05\","
        + "\"expiryDate\":\"2026-01-01\"");

    private BorrowerCommand Draw(string id, long amount) =>
        Command($"\"type\":\"Draw\",\"id\":\"{id}\",\"line\":\"L1\",\"amount\":{amount}");

    private static async Task<string> DecideAsync(BookKeeper keeper, BorrowerCommand command)
    {
        var result = await keeper.DecideAsync(command);
        Assert.Equal(CommandStatus.Decided, result.Status);
        return result.Outcome;
    }

    private async Task<(BorrowerBook Book, IReadOnlyList<OutcomeRecord> Outcomes)> StoredAsync()
    {
        await using var store = fixture.Cluster.OpenStore();
        var record = await store.LoadBorrowerAsync(_borrower, CancellationToken.None);
        return (GrainStateLoader.Restore(_borrower, record, []), record.Outcomes);
    }

    [Fact]
    public async Task DecideAsync_StaleActivationDrawsOnALineTheOtherOpened_DecidesAgainAndNeverRecordsUnknownLine()
    {
        var (first, second) = TwoActivations();
        Assert.Equal("ACCEPTED", await DecideAsync(first, Open("c1")));
        // The second activation loads the book now: a borrower without lines.
        Assert.Equal(0L, await second.ReadAsync((book, _) => (long)book.Lines.Count));
        Assert.Equal("ACCEPTED", await DecideAsync(first, OpenLine("c2", "L1")));

        var outcome = await DecideAsync(second, Draw("c3", 250));

        Assert.Equal("ACCEPTED", outcome);
        var (book, outcomes) = await StoredAsync();
        Assert.Equal(250, book.Lines["L1"].Balance.PrincipalMinor);
        Assert.Equal("ACCEPTED", Assert.Single(outcomes, o => o.CommandId == "c3").Outcome);
        Assert.DoesNotContain(outcomes, o => o.Outcome == "UNKNOWN_LINE");
    }

    [Fact]
    public async Task DecideAsync_RetryReachesTheActivationThatDidNotBookIt_AnswersAsRecordedWithoutDrawingTwice()
    {
        var (first, second) = TwoActivations();
        await DecideAsync(first, Open("c1"));
        await DecideAsync(first, OpenLine("c2", "L1"));
        Assert.Equal(1L, await second.ReadAsync((book, _) => (long)book.Lines.Count));
        Assert.Equal("ACCEPTED", await DecideAsync(first, Draw("c3", 400)));

        // The same command again, now through the activation whose memory has not seen it.
        var retried = await DecideAsync(second, Draw("c3", 400));

        Assert.Equal("ACCEPTED", retried);
        var (book, outcomes) = await StoredAsync();
        Assert.Equal(400, book.Lines["L1"].Balance.PrincipalMinor);
        Assert.Equal(400, book.Borrower!.ExposureMinor);
        Assert.Single(outcomes, o => o.CommandId == "c3");
    }

    [Fact]
    public async Task DecideAsync_TwoActivationsDrawingAtOnce_BookEachCommandExactlyOnce()
    {
        var (first, second) = TwoActivations();
        await DecideAsync(first, Open("c1", limit: 10_000_000));
        await DecideAsync(first, OpenLine("c2", "L1"));
        Assert.Equal(1L, await second.ReadAsync((book, _) => (long)book.Lines.Count));
        const int drawsEach = 15;

        var accepted = await Task.WhenAll(
            DrawAllAsync(first, "a", drawsEach, 100), DrawAllAsync(second, "b", drawsEach, 1));

        Assert.All(accepted, count => Assert.Equal(drawsEach, count));
        var (book, outcomes) = await StoredAsync();
        Assert.Equal(drawsEach * 100 + drawsEach * 1, book.Lines["L1"].Balance.PrincipalMinor);
        Assert.Equal(book.Lines["L1"].Balance.PrincipalMinor, book.Borrower!.ExposureMinor);
        Assert.Equal(2 + (2 * drawsEach), outcomes.Count);
        Assert.All(outcomes, o => Assert.Equal("ACCEPTED", o.Outcome));
        await using var store = fixture.Cluster.OpenStore();
        var journal = await store.ReadJournalAsync(_borrower, 0, 1000, CancellationToken.None);
        Assert.Equal(2 * drawsEach, journal.Select(p => p.EntrySeq).Distinct().Count());
    }

    /// <summary>Draws <paramref name="count"/> times through one activation, each id retried while the answer is
    /// "try again" (as a client does), and returns how many were accepted.</summary>
    private async Task<int> DrawAllAsync(BookKeeper keeper, string prefix, int count, long amount)
    {
        var accepted = 0;
        for (var i = 0; i < count; i++)
        {
            var draw = Draw($"{prefix}{i}", amount);
            CommandResult result;
            var attempts = 0;
            do
            {
                result = await keeper.DecideAsync(draw);
                Assert.True(++attempts <= 20, $"{draw.Id} was answered 'try again' {attempts} times.");
            }
            while (result.Status == CommandStatus.TryAgain);

            accepted += result.IsAccepted ? 1 : 0;
        }

        return accepted;
    }

    [Fact]
    public async Task DecideAllAsync_StaleActivationsBatch_IsDecidedAgainFromItsFirstCommand()
    {
        var (first, second) = TwoActivations();
        await DecideAsync(first, Open("c1"));
        Assert.Equal(0L, await second.ReadAsync((book, _) => (long)book.Lines.Count));
        await DecideAsync(first, OpenLine("c2", "L1"));

        // On the stale book every command is UNKNOWN_LINE (the repeated c3 a replay of it); the first turn's proof
        // fails, the later ones were decided on it, and all are decided again on the reloaded book (where the
        // repayment of 1,000 is more than the 300 owed).
        var overpay = Command("\"type\":\"Repay\",\"id\":\"c5\",\"line\":\"L1\",\"amount\":1000");
        var results = await second.DecideAllAsync([Draw("c3", 100), Draw("c4", 200), Draw("c3", 100), overpay]);

        Assert.Equal(
            [("c3", "ACCEPTED"), ("c4", "ACCEPTED"), ("c3", "ACCEPTED"), ("c5", "OVERPAYMENT")],
            results.Select(r => (r.CommandId!, r.Outcome)));
        var (book, outcomes) = await StoredAsync();
        Assert.Equal(300, book.Lines["L1"].Balance.PrincipalMinor);
        Assert.DoesNotContain(outcomes, o => o.Outcome == "UNKNOWN_LINE");
    }

    [Fact]
    public async Task DecideAllAsync_TwoActivationsSendingBatchesAtOnce_BookEachCommandExactlyOnce()
    {
        var (first, second) = TwoActivations();
        await DecideAsync(first, Open("c1", limit: 10_000_000));
        await DecideAsync(first, OpenLine("c2", "L1"));
        Assert.Equal(1L, await second.ReadAsync((book, _) => (long)book.Lines.Count));
        const int rounds = 4;
        const int batch = 8;

        for (var round = 0; round < rounds; round++)
        {
            var drawsA = Enumerable.Range(0, batch).Select(i => Draw($"a{round}-{i}", 100)).ToList();
            var drawsB = Enumerable.Range(0, batch).Select(i => Draw($"b{round}-{i}", 1)).ToList();
            var answers = await Task.WhenAll(first.DecideAllAsync(drawsA), second.DecideAllAsync(drawsB));
            // Whatever was answered "try again" is sent again, as a client does.
            await Task.WhenAll(
                ResendTryAgainAsync(first, drawsA, answers[0]), ResendTryAgainAsync(second, drawsB, answers[1]));
        }

        var (book, outcomes) = await StoredAsync();
        Assert.Equal(rounds * batch * 101, book.Lines["L1"].Balance.PrincipalMinor);
        Assert.Equal(book.Lines["L1"].Balance.PrincipalMinor, book.Borrower!.ExposureMinor);
        Assert.Equal(2 + (2 * rounds * batch), outcomes.Count);
        Assert.All(outcomes, o => Assert.Equal("ACCEPTED", o.Outcome));
    }

    private static async Task ResendTryAgainAsync(BookKeeper keeper, List<BorrowerCommand> commands,
        IReadOnlyList<CommandResult> answers)
    {
        for (var i = 0; i < commands.Count; i++)
        {
            var answer = answers[i];
            for (var attempt = 1; answer.Status == CommandStatus.TryAgain; attempt++)
            {
                Assert.True(attempt <= 20, $"{commands[i].Id} was answered 'try again' {attempt} times.");
                answer = await keeper.DecideAsync(commands[i]);
            }

            Assert.True(answer.IsAccepted, $"{commands[i].Id}: {answer.Outcome}");
        }
    }

    [Fact]
    public async Task DecideAsync_FirstCommandRacedByTwoActivations_OneInsertWinsTheOtherIsDecidedAgain()
    {
        var (first, second) = TwoActivations();
        // Both activations load the book while no row exists.
        Assert.Null(await first.ReadAsync((book, _) => book.Borrower));
        Assert.Null(await second.ReadAsync((book, _) => book.Borrower));

        var outcomes = await Task.WhenAll(DecideAsync(first, Open("o1", 500)), DecideAsync(second, Open("o2", 700)));

        Assert.Equal(["ACCEPTED", "ALREADY_EXISTS"], outcomes.Order(StringComparer.Ordinal));
        var (book, stored) = await StoredAsync();
        var winner = outcomes[0] == "ACCEPTED" ? 500 : 700;
        Assert.Equal(winner, book.Borrower!.LimitMinor);
        Assert.Equal(outcomes[0], Assert.Single(stored, o => o.CommandId == "o1").Outcome);
        Assert.Equal(outcomes[1], Assert.Single(stored, o => o.CommandId == "o2").Outcome);
    }

    [Fact]
    public async Task DecideAsync_StaleActivationOpensTheBorrowerAnotherOpened_IsRecordedAlreadyExists()
    {
        var (first, second) = TwoActivations();
        Assert.Null(await second.ReadAsync((book, _) => book.Borrower));
        Assert.Equal("ACCEPTED", await DecideAsync(first, Open("o1", 500)));

        // Decided on a book with no borrower (ACCEPTED), proved "no row", refused, decided again on the stored book.
        var outcome = await DecideAsync(second, Open("o2", 700));

        Assert.Equal("ALREADY_EXISTS", outcome);
        var (book, stored) = await StoredAsync();
        Assert.Equal(500, book.Borrower!.LimitMinor);
        Assert.Equal("ALREADY_EXISTS", Assert.Single(stored, o => o.CommandId == "o2").Outcome);
    }
    [Fact]
    public async Task DecideAsync_OpeningALineOrAnOrder_MovesTheBookVersion()
    {
        var (first, _) = TwoActivations();
        await DecideAsync(first, Open("c1"));
        var before = await BookVersionAsync();

        await DecideAsync(first, OpenLine("c2", "L1"));
        var afterLine = await BookVersionAsync();
        await DecideAsync(first, Command("\"type\":\"OpenOrder\",\"id\":\"c3\",\"order\":\"O1\",\"supplier\":\"S1\","
            + "\"rate\":\"0.05\",\"maturityDate\":\"2025-12-01\",\"tranches\":[{\"amount\":1000}]"));

        Assert.Equal(before + 1, afterLine);
        Assert.Equal(afterLine + 1, await BookVersionAsync());
    }

    private async Task<long> BookVersionAsync()
    {
        await using var store = fixture.Cluster.OpenStore();
        return (await store.LoadBorrowerAsync(_borrower, CancellationToken.None)).Grains
            .Single(g => g.Kind == GrainKind.Borrower).Version;
    }
}
