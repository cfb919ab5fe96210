using System.Net;
using System.Text.Json;
using Ledger.Silo.Tests.Support;

namespace Ledger.Silo.Tests.Api;

/// <summary>The GET views read what the commands booked: borrower, line, order, journal pages.</summary>
public sealed class ViewEndpointTests(ApiSiloFixture fixture) : IClassFixture<ApiSiloFixture>
{
    private HttpClient Http => fixture.Silo.Http;

    [Fact]
    public async Task Views_AfterOpenAndDraw_ShowBorrowerExposureAndLineBalances()
    {
        var b = ApiSiloFixture.NewId("B");
        await SiloApi.AcceptAllAsync(Http,
            $$"""{"type":"OpenBorrower","id":"c1","borrower":"{{b}}","limit":50000000}""",
            $$"""
            {"type":"OpenCreditLine","id":"c2","borrower":"{{b}}","line":"L1","limit":20000000,"rate":"0.0395",
             "expiryDate":"2025-02-28"}
            """,
            $$"""{"type":"Draw","id":"c3","borrower":"{{b}}","line":"L1","amount":1500000}""");

        var borrower = (await SiloApi.GetAsync(Http, $"v1/borrowers/{b}")).Json;
        var line = (await SiloApi.GetAsync(Http, $"v1/borrowers/{b}/lines/L1")).Json;

        Assert.Equal(b, borrower.GetProperty("borrower").GetString());
        Assert.Equal(50_000_000, borrower.GetProperty("limit").GetInt64());
        Assert.Equal(1_500_000, borrower.GetProperty("exposure").GetInt64());
        Assert.False(borrower.GetProperty("frozen").GetBoolean());
        Assert.Equal(["L1"], borrower.GetProperty("lines").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal("open", line.GetProperty("status").GetString());
        Assert.Equal(20_000_000, line.GetProperty("limit").GetInt64());
        Assert.Equal(1_500_000, line.GetProperty("principal").GetInt64());
        Assert.Equal(0, line.GetProperty("interest").GetInt64());
        Assert.Equal(0, line.GetProperty("penalty").GetInt64());
        Assert.Equal("2025-02-28", line.GetProperty("expiryDate").GetString());
        Assert.Equal("2025-02-28", line.GetProperty("maturityDate").GetString());
    }

    [Fact]
    public async Task Views_AfterDrawAndRepay_JournalHoldsBalancedEntriesWithTheirCommands()
    {
        var b = ApiSiloFixture.NewId("B");
        await SiloApi.AcceptAllAsync(Http,
            $$"""{"type":"OpenBorrower","id":"c1","borrower":"{{b}}","limit":50000000}""",
            $$"""
            {"type":"OpenCreditLine","id":"c2","borrower":"{{b}}","line":"L1","limit":20000000,"rate":"0.0395",
             "expiryDate":"2025-02-28"}
            """,
            $$"""{"type":"Draw","id":"c3","borrower":"{{b}}","line":"L1","amount":1500000}""",
            $$"""{"type":"Repay","id":"c4","borrower":"{{b}}","line":"L1","amount":400000}""");

        var journal = (await SiloApi.GetAsync(Http, $"v1/borrowers/{b}/journal")).Json;
        var line = (await SiloApi.GetAsync(Http, $"v1/borrowers/{b}/lines/L1")).Json;

        var entries = journal.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(JsonValueKind.Null, journal.GetProperty("next").ValueKind);
        Assert.Equal([("draw", "c3"), ("repayment", "c4")],
            entries.Select(e => (e.GetProperty("event").GetString(), e.GetProperty("commandId").GetString())));
        Assert.All(entries, e => Assert.Equal(ApiSiloFixture.BusinessDate, e.GetProperty("date").GetString()));
        Assert.Equal(
            [("loan-principal", 1_500_000L), ("disbursement-clearing", -1_500_000L)],
            Postings(entries[0]).OrderByDescending(p => p.Amount));
        Assert.Equal(
            [("repayment-clearing", 400_000L), ("loan-principal", -400_000L)],
            Postings(entries[1]).OrderByDescending(p => p.Amount));
        Assert.Equal(1_100_000, line.GetProperty("principal").GetInt64());
    }

    [Fact]
    public async Task Views_AfterOpenOrderAndRelease_ShowOrderTranchesAndExposure()
    {
        var b = ApiSiloFixture.NewId("B");
        await SiloApi.AcceptAllAsync(Http,
            $$"""{"type":"OpenBorrower","id":"c1","borrower":"{{b}}","limit":50000000}""",
            $$"""
            {"type":"OpenOrder","id":"c2","borrower":"{{b}}","order":"O1","supplier":"S1","rate":"0.06",
             "maturityDate":"2024-04-12","tranches":[{"amount":3000000},{"amount":2000000,"releaseDate":"2024-03-15"}]}
            """,
            $$"""{"type":"ReleaseTranche","id":"c3","borrower":"{{b}}","order":"O1","tranche":1}""");

        var order = (await SiloApi.GetAsync(Http, $"v1/borrowers/{b}/orders/O1")).Json;
        var borrower = (await SiloApi.GetAsync(Http, $"v1/borrowers/{b}")).Json;

        Assert.Equal("open", order.GetProperty("status").GetString());
        Assert.Equal("S1", order.GetProperty("supplier").GetString());
        Assert.Equal(3_000_000, order.GetProperty("principal").GetInt64());
        Assert.Equal(1, order.GetProperty("releasedTranches").GetInt32());
        Assert.Equal(1, order.GetProperty("pendingTranches").GetInt32());
        Assert.Equal([(1, 3_000_000L), (2, 2_000_000L)], order.GetProperty("tranches").EnumerateArray()
            .Select(t => (t.GetProperty("tranche").GetInt32(), t.GetProperty("amount").GetInt64())));
        Assert.Equal(3_000_000, borrower.GetProperty("exposure").GetInt64());
        Assert.Equal(["O1"], borrower.GetProperty("orders").EnumerateArray().Select(o => o.GetString()));
    }

    [Fact]
    public async Task Views_UnknownLineOrOrderOfKnownBorrower_Return404()
    {
        var b = ApiSiloFixture.NewId("B");
        await SiloApi.AcceptAllAsync(Http, $$"""{"type":"OpenBorrower","id":"c1","borrower":"{{b}}","limit":1}""");

        var line = await SiloApi.GetAsync(Http, $"v1/borrowers/{b}/lines/L9");
        var order = await SiloApi.GetAsync(Http, $"v1/borrowers/{b}/orders/O9");
        var lineOfUnknown = await SiloApi.GetAsync(Http, $"v1/borrowers/{ApiSiloFixture.NewId("NOPE")}/lines/L1");

        Assert.Equal(HttpStatusCode.NotFound, line.Status);
        Assert.Equal(HttpStatusCode.NotFound, order.Status);
        Assert.Equal(HttpStatusCode.NotFound, lineOfUnknown.Status);
    }

    [Theory]
    [InlineData("v1/borrowers/bad%20id")]
    [InlineData("v1/borrowers/B1/lines/bad%21id")]
    [InlineData("v1/borrowers/B1/journal?after=abc")]
    [InlineData("v1/borrowers/B1/journal?limit=99999999999")]
    public async Task Views_BadParameter_Return400(string path)
    {
        var response = await SiloApi.GetAsync(Http, path);

        Assert.True(response.Status == HttpStatusCode.BadRequest, response.ToString());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    public async Task Journal_PagedWithNext_ReturnsEveryEntryOnceInOrder(int pageSize)
    {
        const int Draws = 7;
        var b = ApiSiloFixture.NewId("B");
        await SiloApi.AcceptAllAsync(Http,
        [
            $$"""{"type":"OpenBorrower","id":"c1","borrower":"{{b}}","limit":50000000}""",
            $$"""
            {"type":"OpenCreditLine","id":"c2","borrower":"{{b}}","line":"L1","limit":20000000,"rate":"0.0395",
             "expiryDate":"2025-02-28"}
            """,
            .. Enumerable.Range(1, Draws).Select(i =>
                $$"""{"type":"Draw","id":"d{{i}}","borrower":"{{b}}","line":"L1","amount":{{i * 1000}}}"""),
        ]);

        var pages = new List<List<JsonElement>>();
        long? after = null;
        do
        {
            var query = after is null ? $"?limit={pageSize}" : $"?limit={pageSize}&after={after}";
            var page = (await SiloApi.GetAsync(Http, $"v1/borrowers/{b}/journal{query}")).Json;
            pages.Add([.. page.GetProperty("entries").EnumerateArray()]);
            var next = page.GetProperty("next");
            after = next.ValueKind == JsonValueKind.Null ? null : next.GetInt64();
            Assert.True(pages.Count <= Draws + 1, "The journal pages do not end.");
        }
        while (after is not null);

        var entries = pages.SelectMany(p => p).ToList();
        Assert.All(pages, p => Assert.True(p.Count <= pageSize));
        Assert.Equal(Enumerable.Range(1, Draws).Select(i => $"d{i}"),
            entries.Select(e => e.GetProperty("commandId").GetString()));
        Assert.Equal(Enumerable.Range(1, Draws).Select(i => (long)i * 1000), entries.Select(e =>
            Postings(e).Single(p => p.Account == "loan-principal").Amount));
        Assert.All(entries, e => Assert.Equal(0, Postings(e).Sum(p => p.Amount)));
        var numbers = entries.Select(e => e.GetProperty("entry").GetInt64()).ToList();
        Assert.Equal(numbers.Order(), numbers);
        Assert.Equal(numbers.Distinct().Count(), numbers.Count);
    }

    private static List<(string Account, long Amount)> Postings(JsonElement entry) =>
    [
        .. entry.GetProperty("postings").EnumerateArray()
            .Select(p => (p.GetProperty("account").GetString()!, p.GetProperty("amount").GetInt64())),
    ];
}
