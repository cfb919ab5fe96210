using System.Text.Json.Nodes;
using Ledger.Domain.Tests.Support;

namespace Ledger.Domain.Tests.Properties;

/// <summary>A seeded stream of stream records over a few borrowers, lines and orders: mostly valid commands that
/// reach every check, plus end-of-day barriers, retries, id conflicts, shape errors and malformed lines. It looks at
/// the ledger only to aim some repayments at the exact amount owed.</summary>
internal sealed class RandomCommandStream(int seed)
{
    private static readonly string[] BorrowerIds = ["B0", "B1", "B2", "B3"];
    private static readonly string[] Rates = ["0", "0.000001", "0.0395", "0.086", "0.12", "0.5", "1"];
    private static readonly string?[] DayCounts = [null, "ACT/360", "ACT/365"];
    private static readonly string?[] Multipliers = [null, "1", "1.5", "2.37", "5"];

    // Seeded System.Random is deterministic and fine for test data (CA5394 is about security).
#pragma warning disable CA5394
    private readonly Random _random = new(seed);
    private readonly List<JsonObject> _sent = [];
    private int _nextId;

    public string Next(InMemoryLedger ledger)
    {
        if (ledger.BusinessDate is not { } date)
        {
            return Chance(80) ? Keep(Records.Of("SetBusinessDate", NewId(), ("date", "2024-01-01"))).ToJsonString()
                : Keep(Borrower(new DateOnly(2024, 1, 1), ledger)).ToJsonString();
        }

        var roll = _random.Next(100);
        return roll switch
        {
            < 4 => Keep(EndOfDay(date)).ToJsonString(),
            < 9 when _sent.Count > 0 => Retry(),
            < 12 when _sent.Count > 0 => Keep(Conflict(Borrower(date, ledger))).ToJsonString(),
            < 15 => Broken(date),
            < 16 => Keep(Records.Of("SetBusinessDate", NewId(), ("date", Format(date)))).ToJsonString(),
            _ => Keep(Borrower(date, ledger)).ToJsonString(),
        };
    }

    private JsonObject EndOfDay(DateOnly date) =>
        Records.Of("EndOfDay", NewId(), ("date", Format(Chance(92) ? date : date.AddDays(Pick(-1, 1)))));

    /// <summary>A command that names a borrower, spread over every type. Most commands aim at entities that
    /// exist and are open, so that they get past the lookups to the checks that matter; the rest aim anywhere.
    /// </summary>
    private JsonObject Borrower(DateOnly date, InMemoryLedger ledger)
    {
        var book = Chance(85) ? PickOrDefault(ledger.Books.Values.Where(b => b.Borrower is not null)) : null;
        var borrower = book?.BorrowerId ?? Pick(BorrowerIds);
        var line = Chance(85) && book is not null
            ? PickOrDefault(book.Lines.Values.Where(l => l.Status == LineStatus.Open).Select(l => l.Id)) ?? "L0"
            : $"L{_random.Next(12)}";
        var order = Chance(85) && book is not null
            ? PickOrDefault(book.Orders.Values.Where(o => o.Status == OrderStatus.Open).Select(o => o.Id)) ?? "O0"
            : $"O{_random.Next(12)}";
        (string, JsonNode?) b = ("borrower", borrower);
        return _random.Next(100) switch
        {
            < 3 => Make("OpenBorrower", ("borrower", Pick(BorrowerIds)), ("limit", Limit(2_000_000_000))),
            < 6 => Make("SetBorrowerLimit", b, ("limit", Limit(2_000_000_000))),
            < 9 => Make(Chance(30) ? "FreezeBorrower" : "UnfreezeBorrower", b),
            < 17 => OpenLine(b, $"L{_random.Next(12)}", date),
            < 39 => Make("Draw", b, ("line", line), ("amount", Amount(40_000_000))),
            < 41 => Make("ExtendLine", b, ("line", line),
                ("maturityDate", Format(date.AddDays(_random.Next(-2, 40))))),
            < 54 => Make("Repay", b, ("line", line), ("amount", Repayment(ledger, borrower, line, isOrder: false))),
            < 58 => Make("ChangeRate", b, ("line", line), ("rate", Pick(Rates)),
                ("effectiveDate", Format(date.AddDays(_random.Next(-1, 6))))),
            < 60 => Make("CloseLine", b, ("line", line)),
            < 69 => OpenOrder(b, $"O{_random.Next(12)}", date),
            < 83 => Make("ReleaseTranche", b, ("order", order), ("tranche", NextTranche(book, order))),
            < 94 => Make("RepayOrder", b, ("order", order),
                ("amount", Repayment(ledger, borrower, order, isOrder: true))),
            < 96 => Make("ExtendOrder", b, ("order", order),
                ("maturityDate", Format(date.AddDays(_random.Next(-2, 40))))),
            _ => Make("CancelOrder", b, ("order", order)),
        };
    }

    /// <summary>Mostly the next pending tranche, else any number.</summary>
    private int NextTranche(BorrowerBook? book, string order) =>
        Chance(75) && book?.Orders.GetValueOrDefault(order) is { NextPendingTranche: > 0 and var next }
            ? next
            : _random.Next(1, 8);

    private JsonObject OpenLine((string, JsonNode?) borrower, string line, DateOnly date)
    {
        var expiry = date.AddDays(_random.Next(-1, 40));
        return Make("OpenCreditLine", borrower, ("line", line), ("limit", Limit(500_000_000)), ("rate", Pick(Rates)),
            ("expiryDate", Format(expiry)),
            ("maturityDate", Chance(30) ? null : Format(expiry.AddDays(_random.Next(0, 20)))),
            ("dayCount", Pick(DayCounts)), ("penaltyMultiplier", Pick(Multipliers)));
    }

    private JsonObject OpenOrder((string, JsonNode?) borrower, string order, DateOnly date)
    {
        var maturity = date.AddDays(_random.Next(-1, 30));
        var releaseDate = date;
        var tranches = new List<JsonObject>();
        for (var i = _random.Next(1, 7); i > 0; i--)
        {
            releaseDate = releaseDate.AddDays(_random.Next(1, 6));
            var scheduled = Chance(60) && releaseDate <= maturity;
            tranches.Add(Records.Tranche(Amount(30_000_000), scheduled ? Format(releaseDate) : null));
        }

        return Make("OpenOrder", borrower, ("order", order), ("supplier", Pick("S1", "S2")), ("rate", Pick(Rates)),
            ("maturityDate", Format(maturity)), ("tranches", Records.Tranches(tranches)),
            ("dayCount", Pick(DayCounts)), ("penaltyMultiplier", Pick(Multipliers)));
    }

    /// <summary>Half the time exactly what is owed (settling the entity), else a random amount.</summary>
    private long Repayment(InMemoryLedger ledger, string borrower, string entity, bool isOrder)
    {
        LoanBalance? balance = null;
        if (ledger.Books.TryGetValue(borrower, out var book))
        {
            balance = isOrder
                ? book.Orders.GetValueOrDefault(entity)?.Balance
                : book.Lines.GetValueOrDefault(entity)?.Balance;
        }

        return balance is { TotalOwedMinor: > 0 } owed && Chance(50)
            ? owed.TotalOwedMinor
            : Amount(Chance(50) ? 5_000 : 20_000_000);
    }

    /// <summary>A previous record again, byte for byte or with its fields reordered.</summary>
    private string Retry()
    {
        var previous = _sent[_random.Next(_sent.Count)];
        return (Chance(50) ? previous : previous.Reversed()).ToJsonString();
    }

    /// <summary>A new command under an id already used, often by the same borrower: an id conflict.</summary>
    private JsonObject Conflict(JsonObject command)
    {
        var previous = _sent[_random.Next(_sent.Count)];
        var copy = command.Copy();
        copy["id"] = previous["id"]!.DeepClone();
        if (previous["borrower"] is { } borrower && Chance(70))
        {
            copy["borrower"] = borrower.DeepClone();
        }

        return copy;
    }

    /// <summary>A record that fails its shape or is not a record at all.</summary>
    private string Broken(DateOnly date) => _random.Next(8) switch
    {
        0 => "{\"type\":\"Draw\",\"id\":",
        1 => "[1,2,3]",
        2 => Make("Draw", ("borrower", Pick(BorrowerIds)), ("line", "L0"), ("amount", Pick(0, -5, 10_000_000_000_001)))
            .ToJsonString(),
        3 => Make("Repay", ("borrower", Pick(BorrowerIds)), ("line", "L0")).ToJsonString(),
        4 => Make("OpenBorrower", ("borrower", "bad id"), ("limit", 5)).ToJsonString(),
        5 => Make("OpenCreditLine", ("borrower", Pick(BorrowerIds)), ("line", "L0"), ("limit", 5), ("rate", "1.5"),
            ("expiryDate", Format(date))).ToJsonString(),
        6 => Make("Transfer", ("borrower", Pick(BorrowerIds))).ToJsonString(),
        _ => "{\"type\":\"OpenBorrower\",\"borrower\":\"B0\",\"limit\":5}",
    };

    private JsonObject Make(string type, params (string Name, JsonNode? Value)[] fields) =>
        Records.Of(type, NewId(), fields);

    private JsonObject Keep(JsonObject record)
    {
        _sent.Add(record);
        return record;
    }

    private string NewId() => $"c{++_nextId}";

    private long Amount(long max) => Chance(3) ? Pick(0, -1, max * 10_000_000) : _random.NextInt64(1, max + 1);

    private long Limit(long max) => Chance(3) ? Pick(-1, Values.MaxLimitMinor + 1) : _random.NextInt64(0, max + 1);

    private bool Chance(int percent) => _random.Next(100) < percent;

    private T Pick<T>(params T[] choices) => choices[_random.Next(choices.Length)];

    private T? PickOrDefault<T>(IEnumerable<T> choices)
    {
        var list = choices.ToList();
        return list.Count == 0 ? default : list[_random.Next(list.Count)];
    }
#pragma warning restore CA5394

    private static string Format(DateOnly date) => Values.FormatDate(date);
}
