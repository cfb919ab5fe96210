using System.Net;
using System.Text.Json;
using Ledger.Silo.Tests.Support;

namespace Ledger.Silo.Tests.Api;

/// <summary>Deferrals (ExtendLine, ExtendOrder) everywhere commands go over HTTP: the client's typed calls, the
/// single and batch endpoints, the shape check, and the line and order views with their maturities, and the
/// OpenAPI document describing those views.</summary>
public sealed class DeferralApiTests(ApiSiloFixture fixture) : IClassFixture<ApiSiloFixture>
{
    private HttpClient Http => fixture.Silo.Http;

    [Fact]
    public async Task TypedCalls_ExtendLineAndOrder_AreDecidedAndTheViewsShowBothMaturities()
    {
        var b = ApiSiloFixture.NewId("B");
        using var client = fixture.Silo.CreateClient();
        await SiloApi.AcceptAllAsync(Http,
            $$"""{"type":"OpenBorrower","id":"c1","borrower":"{{b}}","limit":50000000}""",
            $$"""
            {"type":"OpenCreditLine","id":"c2","borrower":"{{b}}","line":"L1","limit":20000000,"rate":"0.0395",
             "expiryDate":"2024-03-20"}
            """,
            $$"""
            {"type":"OpenOrder","id":"c3","borrower":"{{b}}","order":"O1","supplier":"S1","rate":"0.06",
             "maturityDate":"2024-04-12","tranches":[{"amount":3000000}]}
            """);

        var lineBefore = (await SiloApi.GetAsync(Http, $"v1/borrowers/{b}/lines/L1")).Json;
        var first = await client.ExtendLineAsync("x1", b, "L1", new DateOnly(2024, 4, 20));
        var second = await client.ExtendLineAsync("x2", b, "L1", new DateOnly(2024, 5, 20));
        var notLater = await client.ExtendLineAsync("x3", b, "L1", new DateOnly(2024, 5, 20));
        var past = await client.ExtendOrderAsync("x4", b, "O1", new DateOnly(2024, 2, 29));
        var order = await client.ExtendOrderAsync("x5", b, "O1", new DateOnly(2024, 6, 12));
        var unknown = await client.ExtendOrderAsync("x6", b, "O9", new DateOnly(2024, 6, 12));

        Assert.Equal(["ACCEPTED", "ACCEPTED", "EXTENSION_NOT_LATER", "INVALID_COMMAND", "ACCEPTED", "UNKNOWN_ORDER"],
            new[] { first, second, notLater, past, order, unknown }.Select(r => r.Outcome));
        Assert.Equal("2024-03-20", lineBefore.GetProperty("maturityDate").GetString());
        Assert.False(lineBefore.TryGetProperty("originalMaturityDate", out _));
        Assert.False(lineBefore.TryGetProperty("extensions", out _));
        var line = (await SiloApi.GetAsync(Http, $"v1/borrowers/{b}/lines/L1")).Json;
        Assert.Equal(("2024-05-20", "2024-03-20", 2, "2024-03-20"),
            (line.GetProperty("maturityDate").GetString(), line.GetProperty("originalMaturityDate").GetString(),
                line.GetProperty("extensions").GetInt32(), line.GetProperty("expiryDate").GetString()));
        var orderView = (await SiloApi.GetAsync(Http, $"v1/borrowers/{b}/orders/O1")).Json;
        Assert.Equal(("2024-06-12", "2024-04-12", 1),
            (orderView.GetProperty("maturityDate").GetString(),
                orderView.GetProperty("originalMaturityDate").GetString(),
                orderView.GetProperty("extensions").GetInt32()));
        var journal = (await SiloApi.GetAsync(Http, $"v1/borrowers/{b}/journal")).Json;
        Assert.Empty(journal.GetProperty("entries").EnumerateArray());
    }

    [Fact]
    public async Task Batch_Extensions_AreAnsweredInOrderWithTheOthers()
    {
        var b = ApiSiloFixture.NewId("B");
        var batch = $$"""
            [{"type":"OpenBorrower","id":"c1","borrower":"{{b}}","limit":50000000},
             {"type":"OpenCreditLine","id":"c2","borrower":"{{b}}","line":"L1","limit":20000000,"rate":"0.0395",
              "expiryDate":"2024-03-20"},
             {"type":"ExtendLine","id":"c3","borrower":"{{b}}","line":"L1","maturityDate":"2024-03-20"},
             {"type":"ExtendLine","id":"c4","borrower":"{{b}}","line":"L1","maturityDate":"2024-03-21"},
             {"type":"ExtendLine","id":"c5","borrower":"{{b}}","line":"L1","maturityDate":"2024-03-22",
              "maturitydate":"2024-04-22"},
             {"type":"ExtendOrder","id":"c6","borrower":"{{b}}","order":"O1","maturityDate":"2024-03-22"}]
            """;

        var response = await SiloApi.PostAsync(Http, "v1/commands/batch", batch);

        Assert.True(response.Status == HttpStatusCode.OK, response.ToString());
        var items = response.Json.EnumerateArray().ToList();
        Assert.Equal(
            [
                ("c1", "ACCEPTED", null), ("c2", "ACCEPTED", null), ("c3", "EXTENSION_NOT_LATER", null),
                ("c4", "ACCEPTED", null), ("c5", "INVALID_COMMAND", "maturitydate"), ("c6", "UNKNOWN_ORDER", null),
            ],
            items.Select(i => (i.GetProperty("id").GetString(), i.GetProperty("outcome").GetString(),
                i.TryGetProperty("field", out var field) ? field.GetString() : null)));
        var line = (await SiloApi.GetAsync(Http, $"v1/borrowers/{b}/lines/L1")).Json;
        Assert.Equal("2024-03-21", line.GetProperty("maturityDate").GetString());
    }

    [Theory]
    [InlineData("""{"type":"ExtendLine","id":"x","borrower":"B1","line":"L1","maturityDate":"2024-03-22","note":1}""",
        "note")]
    [InlineData("""{"type":"ExtendLine","id":"x","borrower":"B1","line":"L1","MaturityDate":"2024-03-22"}""",
        "MaturityDate")]
    [InlineData("""{"type":"ExtendOrder","id":"x","borrower":"B1","order":"O1","maturityDate":"2024-13-01"}""",
        "maturityDate")]
    public async Task Single_ExtensionFailingItsShape_Is400NamingTheField(string record, string field)
    {
        var response = await SiloApi.PostAsync(Http, "v1/commands", record);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(("INVALID_COMMAND", field), (response.Json.GetProperty("reason").GetString(),
            response.Json.GetProperty("field").GetString()));
    }

    [Fact]
    public async Task OpenApi_LineAndOrderViews_DescribeTheOriginalMaturityAndExtensions()
    {
        var document = (await SiloApi.GetAsync(Http, "openapi/v1.json")).Json;

        var schemas = document.GetProperty("components").GetProperty("schemas");
        foreach (var view in new[] { "LineView", "OrderView" })
        {
            var properties = schemas.GetProperty(view).GetProperty("properties");
            var names = properties.EnumerateObject().Select(p => p.Name).ToList();
            Assert.Contains("maturityDate", names);
            Assert.Contains("originalMaturityDate", names);
            Assert.Contains("extensions", names);
            var required = schemas.GetProperty(view).TryGetProperty("required", out var list)
                ? list.EnumerateArray().Select(r => r.GetString()).ToList()
                : [];
            Assert.DoesNotContain("originalMaturityDate", required);
            Assert.DoesNotContain("extensions", required);
        }
    }
}

/// <summary>A deferral through a silo of its own, so that end of days can run: the line falls overdue, the typed
/// call extends it, penalty stops and interest resumes on the extension's date, as the domain computes.</summary>
public sealed class DeferralAccrualApiTests
{
    [Fact]
    public async Task ExtendLineAsync_AfterOverdue_PenaltyStaysAndInterestResumesFromTheExtensionDay()
    {
        await using var silo = await TestSilo.StartSqliteAsync();
        using var client = silo.CreateClient();
        await SiloApi.AcceptAllAsync(silo.Http,
            """{"type":"SetBusinessDate","id":"d0","date":"2024-03-01"}""",
            """{"type":"OpenBorrower","id":"c1","borrower":"B1","limit":50000000}""",
            """
            {"type":"OpenCreditLine","id":"c2","borrower":"B1","line":"L1","limit":40000000,"rate":"0.01",
             "expiryDate":"2024-03-02"}
            """,
            """{"type":"Draw","id":"c3","borrower":"B1","line":"L1","amount":36000000}""");
        for (var day = 1; day <= 4; day++)
        {
            Assert.True((await client.EndOfDayAsync($"e{day}", new DateOnly(2024, 3, day))).IsAccepted);
        }

        var extended = await client.ExtendLineAsync("x1", "B1", "L1", new DateOnly(2024, 3, 6));
        for (var day = 5; day <= 7; day++)
        {
            Assert.True((await client.EndOfDayAsync($"e{day}", new DateOnly(2024, 3, day))).IsAccepted);
        }

        // A deferral refused for its date in the past touches the book, which closes 2024-03-07 first (the sweep
        // may not have yet).
        var refused = await client.ExtendLineAsync("x2", "B1", "L1", new DateOnly(2024, 3, 7));

        Assert.Equal(("ACCEPTED", "INVALID_COMMAND"), (extended.Outcome, refused.Outcome));
        // 36,000,000 fen at 1 % ACT/360: 1,000 a day as interest (03-01, 03-02, then 03-05, 03-06), 1,500 as
        // penalty (03-03, 03-04, then 03-07 after the new maturity).
        var line = (await SiloApi.GetAsync(silo.Http, "v1/borrowers/B1/lines/L1")).Json;
        Assert.Equal((4_000L, 4_500L, "2024-03-06", "2024-03-02"),
            (line.GetProperty("interest").GetInt64(), line.GetProperty("penalty").GetInt64(),
                line.GetProperty("maturityDate").GetString(), line.GetProperty("originalMaturityDate").GetString()));
        var journal = JsonDocument.Parse(await client.GetJsonAsync("v1/borrowers/B1/journal") ?? "{}").RootElement;
        Assert.Equal(
            [
                ("2024-03-01", "interest-accrual"), ("2024-03-02", "interest-accrual"),
                ("2024-03-03", "penalty-accrual"), ("2024-03-04", "penalty-accrual"),
                ("2024-03-05", "interest-accrual"), ("2024-03-06", "interest-accrual"),
                ("2024-03-07", "penalty-accrual"),
            ],
            journal.GetProperty("entries").EnumerateArray().Skip(1)
                .Select(e => (e.GetProperty("date").GetString(), e.GetProperty("event").GetString())));
    }
}
