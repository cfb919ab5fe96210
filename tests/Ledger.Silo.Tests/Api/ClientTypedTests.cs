using System.Net;
using System.Text;
using System.Text.Json;
using Ledger.Client;
using Ledger.Domain;
using Ledger.Silo.Tests.Support;
using DayCount = Ledger.Client.DayCount;

namespace Ledger.Silo.Tests.Api;

/// <summary>The .NET client: typed calls send every field of every command, refuse what the ledger's parser
/// refuses (a rate with too many decimal places is refused, never rounded) without sending it, and typed reads
/// give back what the silo booked.</summary>
public sealed class ClientTypedTests(ApiSiloFixture fixture) : IClassFixture<ApiSiloFixture>
{
    private static readonly DateOnly Today = DateOnly.Parse(ApiSiloFixture.BusinessDate,
        System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task TypedCalls_EveryCommandWithEveryField_SendExactlyTheFieldsItsTypeLists()
    {
        using var handler = new RecordingHandler();
        using var client = ClientOf(handler);

        await SendEveryCommandAsync(client, "B1");

        var byType = handler.Records.GroupBy(r => r.GetProperty("type").GetString()!).ToDictionary(g => g.Key);
        Assert.Equal(CommandParser.RecordTypes.Order(), byType.Keys.Order());
        foreach (var (type, records) in byType)
        {
            var sent = records.SelectMany(r => r.EnumerateObject().Select(p => p.Name)).Distinct().Order();
            Assert.Equal(CommandParser.FieldsOf(type).Order(), sent);
        }

        var line = byType["OpenCreditLine"].Single();
        Assert.Equal("ACT/365", line.GetProperty("dayCount").GetString());
        Assert.Equal("2.5", line.GetProperty("penaltyMultiplier").GetString());
        Assert.Equal("0.0365", line.GetProperty("rate").GetString());
        var order = byType["OpenOrder"].Single();
        Assert.Equal("ACT/360", order.GetProperty("dayCount").GetString());
        Assert.Equal("3", order.GetProperty("penaltyMultiplier").GetString());
        Assert.Equal("""[{"amount":2000000},{"amount":1000000,"releaseDate":"2024-03-08"}]""",
            order.GetProperty("tranches").GetRawText());
    }

    public static TheoryData<string, string, string> Refusals => new()
    {
        { "rate with 7 places", "INVALID_COMMAND", "rate" },
        { "rate over 1", "INVALID_COMMAND", "rate" },
        { "negative rate", "INVALID_COMMAND", "rate" },
        { "order rate with 8 places", "INVALID_COMMAND", "rate" },
        { "change to a rate with 7 places", "INVALID_COMMAND", "rate" },
        { "multiplier with 3 places", "INVALID_COMMAND", "penaltyMultiplier" },
        { "multiplier over 5", "INVALID_COMMAND", "penaltyMultiplier" },
        { "unknown day count", "INVALID_COMMAND", "dayCount" },
        { "draw of 0", "INVALID_AMOUNT", "amount" },
        { "repayment over 10^13", "INVALID_AMOUNT", "amount" },
        { "negative limit", "INVALID_COMMAND", "limit" },
        { "id with a space", "INVALID_COMMAND", "id" },
        { "tranche of 0", "INVALID_COMMAND", "tranches[0].amount" },
        { "no tranches", "INVALID_COMMAND", "tranches" },
        { "maturity before expiry", "INVALID_COMMAND", "maturityDate" },
        { "tranche number 0", "INVALID_COMMAND", "tranche" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task TypedCall_ValueTheLedgerRefuses_AnswersItsReasonNamingTheFieldWithoutSending(string what,
        string outcome, string field)
    {
        using var handler = new RecordingHandler();
        using var client = ClientOf(handler);
        var expiry = new DateOnly(2025, 2, 28);
        (long, DateOnly?)[] tranches = [(2_000_000, null)];

        var result = what switch
        {
            "rate with 7 places" => await client.OpenCreditLineAsync("c1", "B1", "L1", 1000, 0.0395001m, expiry),
            "rate over 1" => await client.OpenCreditLineAsync("c1", "B1", "L1", 1000, 1.01m, expiry),
            "negative rate" => await client.OpenCreditLineAsync("c1", "B1", "L1", 1000, -0.01m, expiry),
            "order rate with 8 places" =>
                await client.OpenOrderAsync("c1", "B1", "O1", "F", 0.08600001m, expiry, tranches),
            "change to a rate with 7 places" => await client.ChangeRateAsync("c1", "B1", "L1", 0.0000001m, Today),
            "multiplier with 3 places" => await client.OpenCreditLineAsync("c1", "B1", "L1", 1000, 0.0395m, expiry,
                penaltyMultiplier: 1.505m),
            "multiplier over 5" => await client.OpenOrderAsync("c1", "B1", "O1", "F", 0.086m, expiry, tranches,
                penaltyMultiplier: 5.5m),
            "unknown day count" => await client.OpenCreditLineAsync("c1", "B1", "L1", 1000, 0.0395m, expiry,
                dayCount: (DayCount)9),
            "draw of 0" => await client.DrawAsync("c1", "B1", "L1", 0),
            "repayment over 10^13" => await client.RepayOrderAsync("c1", "B1", "O1", Values.MaxAmountMinor + 1),
            "negative limit" => await client.OpenBorrowerAsync("c1", "B1", -1),
            "id with a space" => await client.FreezeBorrowerAsync("c 1", "B1"),
            "tranche of 0" => await client.OpenOrderAsync("c1", "B1", "O1", "F", 0.086m, expiry, [(0, null)]),
            "no tranches" => await client.OpenOrderAsync("c1", "B1", "O1", "F", 0.086m, expiry, []),
            "maturity before expiry" => await client.OpenCreditLineAsync("c1", "B1", "L1", 1000, 0.0395m, expiry,
                expiry.AddDays(-1)),
            "tranche number 0" => await client.ReleaseTrancheAsync("c1", "B1", "O1", 0),
            _ => throw new ArgumentOutOfRangeException(nameof(what), what, null),
        };

        Assert.Equal(outcome, result.Outcome);
        Assert.Equal(field, result.Field);
        Assert.False(string.IsNullOrEmpty(result.Error));
        Assert.Empty(handler.Records);
    }

    [Fact]
    public async Task TypedCall_RateWithTrailingZeros_IsSentAsTheSameRate()
    {
        using var handler = new RecordingHandler();
        using var client = ClientOf(handler);

        var result = await client.ChangeRateAsync("c1", "B1", "L1", 0.039500000m, Today);

        Assert.True(result.IsAccepted);
        Assert.Equal("0.0395", handler.Records.Single().GetProperty("rate").GetString());
    }

    [Fact]
    public async Task TypedCallsAndReads_AgainstASilo_BookAndReadBackEveryField()
    {
        using var client = fixture.Silo.CreateClient();
        var borrower = ApiSiloFixture.NewId("TB");

        var results = await SendEveryCommandAsync(client, borrower, skipDateAndClosing: true);

        Assert.All(results, r => Assert.True(r.IsAccepted, $"{r.Id}: {r.Outcome} {r.Field} {r.Error}"));
        var view = await client.GetBorrowerAsync(borrower);
        Assert.NotNull(view);
        Assert.Equal((borrower, 60_000_000L, 3_500_000L, false), (view.Borrower, view.LimitMinor, view.ExposureMinor,
            view.Frozen));
        Assert.Equal(["L1"], view.Lines);
        Assert.Equal(["O1"], view.Orders);

        var line = await client.GetLineAsync(borrower, "L1");
        Assert.NotNull(line);
        Assert.Equal(("open", 20_000_000L, 0.0365m, "ACT/365", 2.5m), (line.Status, line.LimitMinor, line.Rate,
            line.DayCount, line.PenaltyMultiplier));
        Assert.Equal((new DateOnly(2025, 2, 28), new DateOnly(2025, 4, 30)), (line.ExpiryDate, line.MaturityDate));
        Assert.Equal(new DateOnly(2025, 3, 31), line.OriginalMaturityDate);
        Assert.Equal(1, line.Extensions);
        Assert.Equal((1_500_000L, 0L, 0L), (line.PrincipalMinor, line.InterestMinor, line.PenaltyMinor));

        var order = await client.GetOrderAsync(borrower, "O1");
        Assert.NotNull(order);
        Assert.Equal(("FEED", "open", 0.086m, "ACT/360", 3m), (order.Supplier, order.Status, order.Rate,
            order.DayCount, order.PenaltyMultiplier));
        Assert.Equal((2_000_000L, 1, 1), (order.PrincipalMinor, order.ReleasedTranches, order.PendingTranches));
        // Qualified: Ledger.Silo has a TrancheView of its own (the silo's side of the same view).
        Ledger.Client.TrancheView[] tranches =
        [
            new(1, 2_000_000, null, "released"),
            new(2, 1_000_000, new DateOnly(2024, 3, 8), "pending"),
        ];
        Assert.Equal(tranches, order.Tranches);

        var journal = await client.GetJournalAsync(borrower);
        Assert.NotNull(journal);
        Assert.Equal(["draw", "release", "repayment"], journal.Entries.Select(e => e.Event).Order());
        Assert.All(journal.Entries, e => Assert.Equal(0, e.Postings.Sum(p => p.AmountMinor)));
        Assert.All(journal.Entries, e => Assert.Equal(Today, e.Date));
        var second = await client.GetJournalAsync(borrower, after: journal.Entries[0].Entry, limit: 1);
        Assert.Equal([journal.Entries[1].Entry], second!.Entries.Select(e => e.Entry));

        var status = await client.GetStatusAsync();
        Assert.Equal(Today, status.BusinessDate);
        Assert.True(status.PartitionCount > 0);
        Assert.Null(await client.GetBorrowerAsync(ApiSiloFixture.NewId("NOPE")));
        Assert.Null(await client.GetLineAsync(borrower, "NOPE"));
        Assert.Null(await client.GetOrderAsync(borrower, "NOPE"));
    }

    [Fact]
    public void LedgerOutcomes_All_IsEveryOutcomeTheLedgerAnswers() =>
        Assert.Equal(Enum.GetValues<CommandOutcome>().Select(o => o.ToCode()), LedgerOutcomes.All);

    /// <summary>Every typed call once, with every optional field given. <paramref name="skipDateAndClosing"/>
    /// leaves out what a shared silo must not see (its date step) and what would undo the books read back.</summary>
    private static async Task<List<CommandResult>> SendEveryCommandAsync(LedgerClient client, string borrower,
        bool skipDateAndClosing = false)
    {
        var id = borrower + "-";
        var results = new List<CommandResult>();
        if (!skipDateAndClosing)
        {
            results.Add(await client.SetBusinessDateAsync(id + "d", Today));
            results.Add(await client.EndOfDayAsync(id + "e", Today));
        }

        results.Add(await client.OpenBorrowerAsync(id + "b", borrower, 50_000_000));
        results.Add(await client.SetBorrowerLimitAsync(id + "bl", borrower, 60_000_000));
        results.Add(await client.FreezeBorrowerAsync(id + "f", borrower));
        results.Add(await client.UnfreezeBorrowerAsync(id + "u", borrower));
        results.Add(await client.OpenCreditLineAsync(id + "l", borrower, "L1", 20_000_000, 0.0365m,
            new DateOnly(2025, 2, 28), new DateOnly(2025, 3, 31), DayCount.Act365, 2.5m));
        results.Add(await client.DrawAsync(id + "w", borrower, "L1", 2_000_000));
        results.Add(await client.RepayAsync(id + "p", borrower, "L1", 500_000));
        results.Add(await client.ChangeRateAsync(id + "r", borrower, "L1", 0.0365m, Today.AddDays(1)));
        results.Add(await client.ExtendLineAsync(id + "x", borrower, "L1", new DateOnly(2025, 4, 30)));
        results.Add(await client.OpenOrderAsync(id + "o", borrower, "O1", "FEED", 0.086m, new DateOnly(2024, 4, 30),
            [(2_000_000, null), (1_000_000, new DateOnly(2024, 3, 8))], DayCount.Act360, 3m));
        results.Add(await client.ReleaseTrancheAsync(id + "t", borrower, "O1", 1));
        results.Add(await client.ExtendOrderAsync(id + "xo", borrower, "O1", new DateOnly(2024, 5, 31)));
        if (!skipDateAndClosing)
        {
            results.Add(await client.RepayOrderAsync(id + "po", borrower, "O1", 100));
            results.Add(await client.CancelOrderAsync(id + "co", borrower, "O1"));
            results.Add(await client.CloseLineAsync(id + "cl", borrower, "L1"));
        }

        return results;
    }

    private static LedgerClient ClientOf(HttpMessageHandler handler) =>
        new(new HttpClient(handler) { BaseAddress = new Uri("http://127.0.0.1:1/") });

    /// <summary>Accepts every record it is sent and keeps them.</summary>
    private sealed class RecordingHandler : HttpMessageHandler
    {
        public List<JsonElement> Records { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request,
            CancellationToken cancellationToken)
        {
            var body = await request.Content!.ReadAsStringAsync(cancellationToken);
            var record = JsonDocument.Parse(body).RootElement.Clone();
            lock (Records)
            {
                Records.Add(record);
            }

            var answer = $$"""{"id":"{{record.GetProperty("id").GetString()}}","outcome":"ACCEPTED"}""";
            return new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent(answer, Encoding.UTF8, "application/json"),
            };
        }
    }
}
