using System.Globalization;
using System.Text.Json;
using Ledger.Domain;

namespace Ledger.LoadTest.Tests;

/// <summary>Generated streams replayed through the pure domain (CommandParser.Parse and InMemoryLedger.Apply, the
/// replay tool's dry run): well formed, mostly accepted, and with the traffic each kind promises.</summary>
public sealed class GeneratedStreamReplayTests
{
    [Theory]
    [InlineData("quickloan", 0.95)]
    [InlineData("broiler", 0.95)]
    [InlineData("mixed", 0.90)]
    public void DryRun_EachKind_HasNoMalformedLineAndAHealthyShareAccepted(string kind, double minimumShare)
    {
        var (text, _) = Streams.Generate(Streams.Settings(kind, seed: 3, borrowers: 300, days: 60, perDay: 400));

        var (_, outcomes) = Streams.DryRun(text);

        Assert.DoesNotContain("MALFORMED", outcomes);
        var share = outcomes.Count(o => o == "ACCEPTED") / (double)outcomes.Count;
        Assert.True(share >= minimumShare, $"{kind}: {share:P1} accepted");
    }

    /// <summary>The generator's own copy of the books decides what it sends; for the kinds without deliberate
    /// noise its prediction must be the ledger's answer, record for record in total.</summary>
    [Theory]
    [InlineData("quickloan", 11UL)]
    [InlineData("broiler", 12UL)]
    [InlineData("broiler", 13UL)]
    public void DryRun_QuickLoanAndBroiler_AcceptExactlyWhatTheGeneratorPredicted(string kind, ulong seed)
    {
        var (text, summary) = Streams.Generate(Streams.Settings(kind, seed: seed, borrowers: 200, days: 90,
            perDay: 150));

        var (_, outcomes) = Streams.DryRun(text);

        Assert.Equal(summary.PredictedAccepted, outcomes.Count(o => o == "ACCEPTED"));
        if (kind == "quickloan")
        {
            // The prediction covers the deferrals of delinquent lines.
            Assert.Contains("\"type\":\"ExtendLine\"", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void DryRun_QuickLoan_DrawsAndRepaysSmallAmountsAndLeavesDelinquentLinesOverdue()
    {
        var (text, _) = Streams.Generate(Streams.Settings("quickloan", seed: 5, borrowers: 500, days: 60,
            perDay: 500));

        var (ledger, outcomes) = Streams.DryRun(text);

        var lines = Streams.Lines(text);
        var draws = lines.Where(l => l.Contains("\"type\":\"Draw\"", StringComparison.Ordinal)).ToList();
        var repays = lines.Count(l => l.Contains("\"type\":\"Repay\"", StringComparison.Ordinal));
        Assert.True(draws.Count > lines.Length / 3, $"{draws.Count} draws");
        Assert.True(repays > lines.Length / 5, $"{repays} repayments");
        var small = draws.Count(d => Amount(d) is >= 1_000 and <= 5_000_000);
        Assert.True(small >= draws.Count * 0.98, $"{small} of {draws.Count} draws within 1,000..5,000,000 fen");
        Assert.Contains("LINE_EXPIRED", outcomes);
        var lineStates = ledger.Books.Values.SelectMany(b => b.Lines.Values).ToList();
        Assert.Contains(lineStates, l => l.Balance.PenaltyMinor > 0);
        Assert.Contains(lineStates, l => l.Balance.PenaltyAccruedMinor > 0 && l.Balance.IsSettled);
        Assert.True(ledger.Accounts.GetValueOrDefault(Accounts.InterestIncome) < 0);
    }

    [Fact]
    public void DryRun_Broiler_ReleasesTranchesToSuppliersAndSettlesFlocksSomeLate()
    {
        var (text, _) = Streams.Generate(Streams.Settings("broiler", seed: 9, borrowers: 1_200, days: 120,
            perDay: 100));

        var (ledger, outcomes) = Streams.DryRun(text);

        Assert.All(outcomes, o => Assert.Equal("ACCEPTED", o));
        var orders = ledger.Books.Values.SelectMany(b => b.Orders.Values).ToList();
        Assert.All(orders, o => Assert.Equal(6, o.Tranches.Count));
        Assert.Contains(orders,
            o => o.Balance.IsSettled && o.PendingTranches == 0 && o.Balance.InterestAccruedMinor > 0);
        Assert.Contains(orders, o => o.Balance.PenaltyAccruedMinor > 0);
        var suppliers = ledger.Accounts.Keys
            .Where(a => a.StartsWith(Accounts.SupplierPayablePrefix, StringComparison.Ordinal));
        Assert.Equal(20, suppliers.Count());
        // The first tranche of each flock and a few early ones by command, the scheduled rest by end of day.
        var commandReleases = Streams.Lines(text).Count(l => l.Contains("ReleaseTranche", StringComparison.Ordinal));
        var released = orders.Sum(o => o.ReleasedTranches);
        Assert.InRange(commandReleases, orders.Count / 2, released / 2);
    }

    [Fact]
    public void DryRun_Mixed_HasRetriesConflictsInvalidRecordsAndEveryCommandType()
    {
        var (text, _) = Streams.Generate(Streams.Settings("mixed", seed: 21, borrowers: 300, days: 60, perDay: 400));

        var (_, outcomes) = Streams.DryRun(text);

        var lines = Streams.Lines(text);
        Assert.Contains("DUPLICATE_ID_CONFLICT", outcomes);
        Assert.Contains("INVALID_AMOUNT", outcomes);
        Assert.Contains("INVALID_COMMAND", outcomes);
        Assert.Contains("UNKNOWN_BORROWER", outcomes);
        var conflicts = outcomes.Count(o => o == "DUPLICATE_ID_CONFLICT") / (double)lines.Length;
        Assert.InRange(conflicts, 0.002, 0.01);

        // A retry is a line sent again byte for byte; it gets the outcome its first sending got.
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        var retries = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (first.TryGetValue(lines[i], out var original))
            {
                retries++;
                Assert.Equal(outcomes[original], outcomes[i]);
            }
            else
            {
                first.Add(lines[i], i);
            }
        }

        Assert.InRange(retries / (double)lines.Length, 0.01, 0.03);
        var types = lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("type").GetString()).ToHashSet();
        Assert.Equal(Enum.GetNames<CommandType>().Order(), types.Order()!);
    }

    /// <summary>Deferrals in the benchmark traffic (延期还本): quickloan and mixed streams extend delinquent lines
    /// both before they mature and after they fell overdue; mixed streams extend flock orders both ways too. An
    /// extension counts as before maturity when it was booked on or before the maturity the entity was opened with.
    /// </summary>
    [Theory]
    [InlineData("quickloan", "ExtendLine")]
    [InlineData("mixed", "ExtendLine")]
    [InlineData("mixed", "ExtendOrder")]
    public void DryRun_QuickLoanAndMixed_DeferLoansBeforeMaturityAndAfterOverdue(string kind, string type)
    {
        var (text, _) = Streams.Generate(Streams.Settings(kind, seed: 5, borrowers: 600, days: 90, perDay: 500));

        var (ledger, outcomes) = Streams.DryRun(text);

        var lines = Streams.Lines(text);
        var opened = new Dictionary<(string, string), DateOnly>();
        var date = default(DateOnly);
        var (before, after) = (0, 0);
        for (var i = 0; i < lines.Length; i++)
        {
            using var record = JsonDocument.Parse(lines[i]);
            var root = record.RootElement;
            var recordType = root.GetProperty("type").GetString();
            var entityField = type == "ExtendLine" ? "line" : "order";
            if (recordType is "SetBusinessDate")
            {
                date = DateOnly.Parse(root.GetProperty("date").GetString()!, CultureInfo.InvariantCulture);
            }
            else if (recordType is "EndOfDay" && outcomes[i] == "ACCEPTED")
            {
                date = date.AddDays(1);
            }
            else if (recordType == (type == "ExtendLine" ? "OpenCreditLine" : "OpenOrder") && outcomes[i] == "ACCEPTED")
            {
                opened[(root.GetProperty("borrower").GetString()!, root.GetProperty(entityField).GetString()!)] =
                    DateOnly.Parse(root.GetProperty("maturityDate").GetString()!, CultureInfo.InvariantCulture);
            }
            else if (recordType == type && outcomes[i] == "ACCEPTED")
            {
                var maturity = opened[(root.GetProperty("borrower").GetString()!,
                    root.GetProperty(entityField).GetString()!)];
                (before, after) = date <= maturity ? (before + 1, after) : (before, after + 1);
            }
        }

        Assert.True(before > 0 && after > 0, $"{kind} {type}: {before} before maturity, {after} after");
        var extended = type == "ExtendLine"
            ? ledger.Books.Values.SelectMany(b => b.Lines.Values).Where(l => l.Extensions > 0)
                .Select(l => (l.Balance.InterestAccruedMinor, l.Balance.PenaltyAccruedMinor))
            : ledger.Books.Values.SelectMany(b => b.Orders.Values).Where(o => o.Extensions > 0)
                .Select(o => (o.Balance.InterestAccruedMinor, o.Balance.PenaltyAccruedMinor));
        Assert.Contains(extended, e => e.InterestAccruedMinor > 0 && e.PenaltyAccruedMinor > 0);
    }

    private static long Amount(string line)
    {
        using var record = JsonDocument.Parse(line);
        return record.RootElement.GetProperty("amount").GetInt64();
    }
}
