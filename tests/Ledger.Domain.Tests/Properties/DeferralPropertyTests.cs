using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Ledger.Domain.Tests.LazyEndOfDay;
using Ledger.Domain.Tests.Support;

namespace Ledger.Domain.Tests.Properties;

/// <summary>Generated ledgers (semantics §3a): a line or order extended, once or several times, on or before its
/// maturity accrues exactly as a twin opened with the final maturity and sent the same commands: same outcomes, same
/// balances and carries, same journal, to the fen, through the penalty days after the final maturity. Each seed
/// draws its own terms (rates, ACT/360 or ACT/365, penalty multipliers), traffic (draws, repayments, rate changes,
/// releases, scheduled tranches) and extension days, eagerly and with books closing lazily.</summary>
public sealed class DeferralPropertyTests
{
    private const int Pairs = 6;

    private static readonly string[] Rates = ["0", "0.000001", "0.0395", "0.0437", "0.086", "0.12", "1"];
    private static readonly string?[] DayCounts = [null, "ACT/360", "ACT/365"];
    private static readonly string?[] Multipliers = [null, "1", "1.5", "2.37", "5"];
    private static readonly DateOnly Start = new(2024, 3, 1);

    public static TheoryData<int, bool> Cases()
    {
        var cases = new TheoryData<int, bool>();
        foreach (var seed in Enumerable.Range(1, 15).Select(i => i * 104_729))
        {
            cases.Add(seed, false);
            cases.Add(seed, true);
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ExtendedOnOrBeforeMaturity_AccruesExactlyAsIfOpenedWithTheFinalMaturity(int seed, bool lazy)
    {
        var ledger = new InMemoryLedger(keepJournal: true, lazyEndOfDay: lazy);
        var script = new TwinScript(seed, ledger);

        script.Run();

        ledger.CloseAllBooks();
        var deferredDaysWithInterest = 0;
        for (var i = 0; i < Pairs; i++)
        {
            var (extended, twin) = (ledger.Books[$"E{i}"], ledger.Books[$"T{i}"]);
            Assert.Equal(Comparable(twin), Comparable(extended));
            Assert.Equal(BookComparison.JournalOf(ledger, twin.BorrowerId),
                BookComparison.JournalOf(ledger, extended.BorrowerId));
            var (line, order) = (extended.Lines["L"], extended.Orders["O"]);
            Assert.Equal((script.LineMaturities[i][0], script.LineMaturities[i].Count - 1),
                (line.OriginalMaturityDate, line.Extensions));
            Assert.Equal((script.OrderMaturities[i][0], script.OrderMaturities[i].Count - 1),
                (order.OriginalMaturityDate, order.Extensions));
            Assert.Equal((null, 0), (twin.Lines["L"].OriginalMaturityDate, twin.Lines["L"].Extensions));
            deferredDaysWithInterest += ledger.Journal.Count(e => e.Borrower == extended.BorrowerId
                && e.Event == JournalEvents.InterestAccrual
                && e.Date > (e.EntityKind == EntityKind.Line ? line.OriginalMaturityDate : order.OriginalMaturityDate));
        }

        // The property says something only where a deferral turned penalty days into interest days.
        Assert.True(deferredDaysWithInterest > 0, $"seed {seed}: no interest accrued on a deferred day");
        Assert.Contains(ledger.Journal, e => e.Borrower.StartsWith('E') && e.Event == JournalEvents.PenaltyAccrual);
    }

    /// <summary>A book as <see cref="BookComparison.StateOf(BorrowerBook)"/> prints it, without what only the
    /// extended book has: its own id, its extensions (the original maturity and their count) and the outcomes they
    /// recorded.</summary>
    private static string Comparable(BorrowerBook book)
    {
        var state = BookComparison.StateOf(book);
        state = state[..state.LastIndexOf("outcomes=", StringComparison.Ordinal)];
        state = Regex.Replace(state, " extended from [0-9-]+ [0-9]+ times", string.Empty);
        return state.Replace($"borrower {book.BorrowerId} ", "borrower ", StringComparison.Ordinal);
    }

    /// <summary>Pairs of borrowers <c>E{i}</c> and <c>T{i}</c>, each with a line <c>L</c> and an order <c>O</c> of
    /// the same terms, but the twin's opened with the final maturities that the extended one reaches by a chain of
    /// extensions, each sent on or before the maturity in force. Every other command goes to both, under the same
    /// id, and must get the same outcome.</summary>
    private sealed class TwinScript(int seed, InMemoryLedger ledger)
    {
        // Seeded System.Random is deterministic and fine for test data (CA5394 is about security).
#pragma warning disable CA5394
        private readonly Random _random = new(seed);
        private int _nextId;

        /// <summary>Per pair, the line's maturities: the one opened with, then each extension's.</summary>
        public List<List<DateOnly>> LineMaturities { get; } = [];

        public List<List<DateOnly>> OrderMaturities { get; } = [];

        private DateOnly Today => ledger.BusinessDate ?? Start;

        public void Run()
        {
            Assert.Equal(CommandOutcome.Accepted, Apply(Records.Of("SetBusinessDate", "d0", ("date", Format(Start)))));
            for (var i = 0; i < Pairs; i++)
            {
                Open(i);
            }

            var last = LineMaturities.Concat(OrderMaturities).Max(m => m[^1]).AddDays(4);
            while (Today <= last)
            {
                for (var i = 0; i < Pairs; i++)
                {
                    Traffic(i);
                    Extend(i, "L", "ExtendLine", LineMaturities[i]);
                    Extend(i, "O", "ExtendOrder", OrderMaturities[i]);
                }

                Assert.Equal(CommandOutcome.Accepted,
                    Apply(Records.Of("EndOfDay", $"e{Format(Today)}", ("date", Format(Today)))));
                if (ledger.BusinessDate is not null && _random.Next(100) < 10)
                {
                    ledger.CloseAllBooks();
                }
            }
        }

        private void Open(int i)
        {
            var expiry = Start.AddDays(_random.Next(2, 20));
            var lineMaturities = Chain(expiry.AddDays(_random.Next(0, 8)));
            var orderMaturities = Chain(Start.AddDays(_random.Next(3, 20)));
            LineMaturities.Add(lineMaturities);
            OrderMaturities.Add(orderMaturities);
            var (rate, dayCount, multiplier) = (Pick(Rates), Pick(DayCounts), Pick(Multipliers));
            var tranches = new List<JsonObject>();
            var releaseDate = Start;
            for (var t = _random.Next(1, 6); t > 0; t--)
            {
                releaseDate = releaseDate.AddDays(_random.Next(1, 5));
                var scheduled = _random.Next(100) < 60 && releaseDate <= orderMaturities[0];
                tranches.Add(Records.Tranche(_random.NextInt64(1, 30_000_000), scheduled ? Format(releaseDate) : null));
            }

            foreach (var (borrower, isTwin) in new[] { ($"E{i}", false), ($"T{i}", true) })
            {
                Assert.Equal(CommandOutcome.Accepted, Apply(Records.Of("OpenBorrower", "b", ("borrower", borrower),
                    ("limit", 1_000_000_000))));
                Assert.Equal(CommandOutcome.Accepted, Apply(Records.Of("OpenCreditLine", "l", ("borrower", borrower),
                    ("line", "L"), ("limit", 100_000_000), ("rate", rate), ("expiryDate", Format(expiry)),
                    ("maturityDate", Format(isTwin ? lineMaturities[^1] : lineMaturities[0])),
                    ("dayCount", dayCount), ("penaltyMultiplier", multiplier))));
                Assert.Equal(CommandOutcome.Accepted, Apply(Records.Of("OpenOrder", "o", ("borrower", borrower),
                    ("order", "O"), ("supplier", "S"), ("rate", rate),
                    ("maturityDate", Format(isTwin ? orderMaturities[^1] : orderMaturities[0])),
                    ("tranches", Records.Tranches(tranches.Select(t => t.Copy()))), ("dayCount", dayCount),
                    ("penaltyMultiplier", multiplier))));
            }
        }

        /// <summary>The first maturity and one to three later ones.</summary>
        private List<DateOnly> Chain(DateOnly first)
        {
            var chain = new List<DateOnly> { first };
            for (var n = _random.Next(1, 4); n > 0; n--)
            {
                chain.Add(chain[^1].AddDays(_random.Next(1, 15)));
            }

            return chain;
        }

        /// <summary>Sends the next extension of the chain, to the extended book only, on a day between the business
        /// date and the maturity in force, the maturity day itself included.</summary>
        private void Extend(int i, string entity, string type, List<DateOnly> chain)
        {
            var book = ledger.Books[$"E{i}"];
            var current = entity == "L" ? book.Lines["L"].MaturityDate : book.Orders["O"].MaturityDate;
            var next = chain.IndexOf(current) + 1;
            if (next == chain.Count || (Today < current && _random.Next(100) >= 25))
            {
                return;
            }

            Assert.Equal(CommandOutcome.Accepted, ledger.Apply(Parse(Records.Of(type, NewId(), ("borrower", $"E{i}"),
                (entity == "L" ? "line" : "order", entity), ("maturityDate", Format(chain[next]))))));
        }

        /// <summary>Draws, repayments, rate changes and releases; no repayment once a final maturity has passed,
        /// so that what is still owed then runs into penalty.</summary>
        private void Traffic(int i)
        {
            var overdue = Today > LineMaturities[i][^1] || Today > OrderMaturities[i][^1];
            for (var n = _random.Next(0, 4); n > 0; n--)
            {
                var extended = ledger.Books[$"E{i}"];
                var id = NewId();
                JsonObject Make(string type, params (string Name, JsonNode? Value)[] fields) =>
                    Records.Of(type, id, [("borrower", "E"), .. fields]);
                var roll = _random.Next(100);
                if (overdue && roll is >= 30 and < 45 or >= 75)
                {
                    continue;
                }

                var record = roll switch
                {
                    < 30 => Make("Draw", ("line", "L"), ("amount", _random.NextInt64(1, 50_000_000))),
                    < 45 => Make("Repay", ("line", "L"), ("amount", Repayment(extended.Lines["L"].Balance))),
                    < 52 => Make("ChangeRate", ("line", "L"), ("rate", Pick(Rates)),
                        ("effectiveDate", Format(Today.AddDays(_random.Next(0, 6))))),
                    < 75 => Make("ReleaseTranche", ("order", "O"),
                        ("tranche", Math.Max(1, extended.Orders["O"].NextPendingTranche))),
                    _ => Make("RepayOrder", ("order", "O"), ("amount", Repayment(extended.Orders["O"].Balance))),
                };
                var outcomes = new[] { $"E{i}", $"T{i}" }.Select(borrower =>
                {
                    var copy = record.Copy();
                    copy["borrower"] = borrower;
                    return Apply(copy);
                }).ToArray();
                Assert.True(outcomes[0] == outcomes[1], $"seed {seed}, {record.ToJsonString()}: {outcomes[0]} for " +
                    $"the extended book, {outcomes[1]} for its twin");
            }
        }

        /// <summary>A quarter of the time exactly what is owed, else part of it (now and then an overpayment).
        /// </summary>
        private long Repayment(LoanBalance balance) => balance.TotalOwedMinor > 0 && _random.Next(100) < 25
            ? balance.TotalOwedMinor
            : _random.NextInt64(1, Math.Max(2, balance.TotalOwedMinor + 100));

        private CommandOutcome Apply(JsonObject record) => ledger.Apply(Parse(record));

        private static LedgerCommand Parse(JsonObject record) =>
            CommandParser.Parse(record.ToJsonString()).Command
            ?? throw new InvalidOperationException($"{record.ToJsonString()} does not parse.");

        private string NewId() => $"c{++_nextId}";

        private T Pick<T>(T[] choices) => choices[_random.Next(choices.Length)];
#pragma warning restore CA5394

        private static string Format(DateOnly date) => Values.FormatDate(date);
    }
}
