using System.Globalization;
using System.Text;
using Ledger.Domain;
using Ledger.Storage.Books;
using Ledger.Testing;
using static Ledger.Testing.TestCommands;

namespace Ledger.Storage.Tests.Books;

/// <summary>Grain state written before deferrals existed reads back the same, stuck tranches included, and works
/// with them: the states below were encoded by the code of the commit before ExtendLine and ExtendOrder, from a book
/// whose borrower is frozen and whose order matured on 2024-01-28 with its second scheduled tranche (due 2024-01-27)
/// stuck, pending, and whose line (ACT/365, multiplier 2, a pending rate change) is overdue.</summary>
public sealed class StateCodecTests
{
    private static readonly string OrderBeforeDeferrals = Compact("""
        {"id":"FLOCK","supplier":"FEEDCO","status":0,"rateMicros":86000,"dayCount":360,"maturityDate":"2024-01-28",
        "penaltyMultiplierHundredths":150,"tranches":[{"amountMinor":2000000,"releaseDate":"2024-01-26",
        "status":1},{"amountMinor":2000000,"releaseDate":"2024-01-27","status":0},{"amountMinor":1000000,
        "releaseDate":null,"status":0}],"balance":{"principalMinor":2000000,"interestMinor":1433,
        "penaltyMinor":717,"interestAccruedMinor":1433,"penaltyAccruedMinor":717,"interestCarry":120000000,
        "penaltyCarry":-12000000000,"accruedThrough":"2024-01-29","totalOwedMinor":2002150,"isSettled":false},
        "releasedTranches":1,"pendingTranches":2,"nextPendingTranche":2}
        """);

    private static readonly string LineBeforeDeferrals = Compact("""
        {"id":"QL","status":0,"limitMinor":20000000,"rateMicros":39500,"rateChanges":[{"effectiveDate":"2024-02-10",
        "rateMicros":50000}],"dayCount":365,"expiryDate":"2024-01-26","maturityDate":"2024-01-27",
        "penaltyMultiplierHundredths":200,"balance":{"principalMinor":8000000,"interestMinor":2597,
        "penaltyMinor":3463,"interestAccruedMinor":2597,"penaltyAccruedMinor":3463,"interestCarry":95000000,
        "penaltyCarry":500000000,"accruedThrough":"2024-01-29","totalOwedMinor":8006060,"isSettled":false}}
        """);

    private static readonly string BorrowerBeforeDeferrals = Compact("""
        {"id":"FARM-F","limitMinor":30000000,"frozen":true,"exposureMinor":10000000,"nextEntrySeq":12,
        "closedThrough":"2024-01-29"}
        """);

    /// <summary>The JSON written over several lines above, as the codec wrote it: one line, no spaces.</summary>
    private static string Compact(string text) => text.Replace("\n", string.Empty, StringComparison.Ordinal);

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public void DecodeOrder_StateWrittenBeforeDeferrals_KeepsItsStuckTranchesAndEncodesToTheSameBytes()
    {
        var order = StateCodec.DecodeOrder(Utf8(OrderBeforeDeferrals));

        Assert.Equal(new DateOnly(2024, 1, 28), order.MaturityDate);
        Assert.Equal((null, 0), (order.OriginalMaturityDate, order.Extensions));
        Assert.Equal(
            [
                (2_000_000L, (DateOnly?)new DateOnly(2024, 1, 26), TrancheStatus.Released),
                (2_000_000L, new DateOnly(2024, 1, 27), TrancheStatus.Pending),
                (1_000_000L, null, TrancheStatus.Pending),
            ],
            order.Tranches.Select(t => (t.AmountMinor, t.ReleaseDate, t.Status)));
        Assert.Equal((-12_000_000_000L, 2), (order.Balance.PenaltyCarry, order.NextPendingTranche));
        Assert.Equal(OrderBeforeDeferrals, Encoding.UTF8.GetString(StateCodec.Encode(order)));
    }

    [Fact]
    public void DecodeLine_StateWrittenBeforeDeferrals_EncodesToTheSameBytes()
    {
        var line = StateCodec.DecodeLine(Utf8(LineBeforeDeferrals));

        Assert.Equal((new DateOnly(2024, 1, 27), null, 0),
            (line.MaturityDate, line.OriginalMaturityDate, line.Extensions));
        Assert.Equal(LineBeforeDeferrals, Encoding.UTF8.GetString(StateCodec.Encode(line)));
    }

    [Fact]
    public void Encode_ExtendedEntities_KeepTheirOriginalMaturityAndExtensionCount()
    {
        var book = RestoredBook();

        Assert.Equal(CommandOutcome.Accepted, book.Handle(ExtendOrder("2024-02-10", "x1"), new DateOnly(2024, 1, 30)));
        Assert.Equal(CommandOutcome.Accepted, book.Handle(ExtendOrder("2024-02-20", "x2"), new DateOnly(2024, 1, 30)));

        var encoded = Encoding.UTF8.GetString(StateCodec.Encode(book.Orders["FLOCK"]));
        Assert.Contains("\"maturityDate\":\"2024-02-20\",\"originalMaturityDate\":\"2024-01-28\",\"extensions\":2",
            encoded, StringComparison.Ordinal);
        var decoded = StateCodec.DecodeOrder(Utf8(encoded));
        Assert.Equal((new DateOnly(2024, 2, 20), new DateOnly(2024, 1, 28), 2),
            (decoded.MaturityDate, decoded.OriginalMaturityDate, decoded.Extensions));
        Assert.Equal(encoded, Encoding.UTF8.GetString(StateCodec.Encode(decoded)));
    }

    /// <summary>The book restored from the old states: unfrozen and its order extended, the stuck tranche is
    /// released at the next end of day; the line, extended after it went overdue, accrues interest again.</summary>
    [Fact]
    public void RestoredOldState_UnfrozenAndExtended_ReleasesTheStuckTrancheAndAccruesInterest()
    {
        var book = RestoredBook();
        var today = new DateOnly(2024, 1, 30);

        Assert.Equal(CommandOutcome.Accepted, book.Handle(Unfreeze("u1"), today));
        Assert.Equal(CommandOutcome.Accepted, book.Handle(ExtendOrder("2024-02-10", "x1"), today));
        Assert.Equal(CommandOutcome.Accepted, book.Handle(ExtendLine("FARM-F", "QL", new DateOnly(2024, 2, 10), "x2"),
            today));
        book.DrainChanges();
        Assert.Equal(1, book.CloseDaysBefore(today.AddDays(1)));

        var journal = book.DrainChanges().Journal;
        Assert.Equal(
            [
                ("QL", JournalEvents.InterestAccrual, today), ("FLOCK", JournalEvents.InterestAccrual, today),
                ("FLOCK", JournalEvents.Release, today.AddDays(1)),
            ],
            journal.Select(e => (e.EntityId, e.Event, e.Date)));
        Assert.Equal([12L, 13L, 14L], journal.Select(e => e.EntrySeq));
        var order = book.Orders["FLOCK"];
        Assert.Equal((2, 1, 4_000_000L), (order.ReleasedTranches, order.PendingTranches, order.Balance.PrincipalMinor));
        Assert.Equal((717L, 3_463L), (order.Balance.PenaltyMinor, book.Lines["QL"].Balance.PenaltyMinor));
        Assert.Equal(12_000_000, book.Borrower!.ExposureMinor);
    }

    private static BorrowerBook RestoredBook() => BorrowerBook.Restore("FARM-F",
        StateCodec.DecodeBorrower(Utf8(BorrowerBeforeDeferrals)), [StateCodec.DecodeLine(Utf8(LineBeforeDeferrals))],
        [StateCodec.DecodeOrder(Utf8(OrderBeforeDeferrals))], []);

    private static ExtendOrder ExtendOrder(string maturityDate, string id) =>
        TestCommands.ExtendOrder("FARM-F", "FLOCK", DateOnly.Parse(maturityDate, CultureInfo.InvariantCulture), id);

    private static UnfreezeBorrower Unfreeze(string id) =>
        Parse<UnfreezeBorrower>($$"""{"type":"UnfreezeBorrower","id":"{{id}}","borrower":"FARM-F"}""");

    private static T Parse<T>(string record)
        where T : LedgerCommand => Assert.IsType<T>(CommandParser.Parse(record).Command);
}
