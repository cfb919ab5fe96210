using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Ledger.LoadTest.Replay;
using Ledger.Silo.Tests.Support;
using Ledger.Testing;

namespace Ledger.Silo.Tests.Api;

/// <summary><c>GET /metrics</c>: Prometheus text that parses, the same figures as <c>GET /v1/status</c>, end-of-day
/// progress, and the API key unless the silo runs with <c>metricsAnonymous=true</c>.</summary>
public sealed class MetricsEndpointTests(ApiSiloFixture fixture) : IClassFixture<ApiSiloFixture>
{
    private TestSilo Silo => fixture.Silo;

    [Fact]
    public async Task Metrics_WithKey_AnswersPrometheusTextWithTheSiloLabel()
    {
        var status = (await SiloApi.GetAsync(Silo.Http, "v1/status")).Json;
        using var response = await Silo.Http.GetAsync(new Uri("metrics", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var contentType = response.Content.Headers.ContentType!;
        Assert.Equal("text/plain", contentType.MediaType);
        Assert.Contains(contentType.Parameters, p => p.Name == "version" && p.Value == "0.0.4");
        var families = Exposition.Parse(text);
        var ledger = families.Values.Where(f => f.Name.StartsWith("ledger_", StringComparison.Ordinal)).ToList();
        Assert.True(ledger.Count >= 15, $"{ledger.Count} ledger families");
        Assert.All(ledger.SelectMany(f => f.Samples), s =>
            Assert.Equal(status.GetProperty("siloId").GetString(), s.Labels["silo"]));
        Assert.Equal("counter", families["ledger_commit_turns_total"].Type);
        Assert.Equal("counter", families["ledger_commit_batches_total"].Type);
        Assert.Equal("counter", families["ledger_commit_failed_total"].Type);
        Assert.Equal("counter", families["ledger_commands_total"].Type);
        Assert.Equal("counter", families["ledger_activations_activated_total"].Type);
        Assert.Equal("histogram", families["ledger_commit_duration_seconds"].Type);
        Assert.Equal("histogram", families["ledger_commit_size"].Type);
        Assert.Equal("gauge", families["ledger_activations"].Type);
        Assert.Equal("gauge", families["ledger_eod_books_closed"].Type);
        Assert.Equal(status.GetProperty("partitionCount").GetInt32(), families["ledger_partitions"].Value);
        Assert.Equal(Midnight(ApiSiloFixture.BusinessDate), families["ledger_business_date_seconds"].Value);
        // A silo inside a test process leaves that process's heap limit as it was (the executable sets its own).
        Assert.Equal(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes, families["ledger_memory_heap_limit_bytes"].Value);
        Assert.True(families["ledger_memory_heap_bytes"].Value > 0);
        // ASP.NET Core's request duration by route (the status read above), the runtime's and Orleans' meters.
        var requests = families["http_server_request_duration_seconds"];
        Assert.Equal("histogram", requests.Type);
        Assert.Contains(requests.Samples, s => s.Series == "count" && s.Labels["http_route"] == "/v1/status"
            && s.Labels["http_response_status_code"] == "200" && s.Value >= 1);
        Assert.Equal("counter", families["dotnet_gc_collections_total"].Type);
        Assert.Contains(families.Keys, n => n.StartsWith("orleans_catalog_", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Metrics_AfterCommandsCommitted_CountTurnsAndBatchesAsStatusDoes()
    {
        var b = ApiSiloFixture.NewId("B");
        await SiloApi.AcceptAllAsync(Silo.Http,
            $$"""{"type":"OpenBorrower","id":"c1","borrower":"{{b}}","limit":50000000}""",
            $$"""
            {"type":"OpenCreditLine","id":"c2","borrower":"{{b}}","line":"L1","limit":20000000,"rate":"0.0395",
             "expiryDate":"2025-02-28"}
            """,
            $$"""{"type":"Draw","id":"c3","borrower":"{{b}}","line":"L1","amount":1500000}""");

        var status = (await SiloApi.GetAsync(Silo.Http, "v1/status")).Json;
        var families = Exposition.Parse((await SiloApi.GetAsync(Silo.Http, "metrics")).Text);

        Assert.True(families["ledger_commit_turns_total"].Value >= 3);
        Assert.True(families["ledger_commit_batches_total"].Value > 0);
        Assert.True(families["ledger_activations_activated_total"].Value > 0);
        Assert.Equal(status.GetProperty("committedTurns").GetInt64(), families["ledger_commit_turns_total"].Value);
        Assert.Equal(status.GetProperty("commitBatches").GetInt64(), families["ledger_commit_batches_total"].Value);
        Assert.Equal(status.GetProperty("activated").GetInt64(), families["ledger_activations_activated_total"].Value);
    }

    [Fact]
    public async Task Metrics_AfterEndOfDay_ShowTheProgressStatusShows()
    {
        // Every book closes the day (three borrowers; their five lines are all drawn): the sweep closes them.
        const int DrawnLines = 5;
        const int Books = 3;
        await using var silo = await TestSilo.StartSqliteAsync("--partitions", "8");
        await SiloApi.AcceptAllAsync(silo.Http,
            """{"type":"SetBusinessDate","id":"d0","date":"2024-03-01"}""");
        for (var i = 0; i < DrawnLines; i++)
        {
            var b = $"EOD{i % 3}";
            var records = new List<string>();
            if (i < 3)
            {
                records.Add($$"""{"type":"OpenBorrower","id":"o{{i}}","borrower":"{{b}}","limit":50000000}""");
            }

            records.Add($$"""
                {"type":"OpenCreditLine","id":"l{{i}}","borrower":"{{b}}","line":"L{{i}}","limit":2000000,
                 "rate":"0.0395","expiryDate":"2025-02-28"}
                """);
            records.Add($$"""{"type":"Draw","id":"w{{i}}","borrower":"{{b}}","line":"L{{i}}","amount":100000}""");
            await SiloApi.AcceptAllAsync(silo.Http, [.. records]);
        }

        await SiloApi.AcceptAllAsync(silo.Http, """{"type":"EndOfDay","id":"e1","date":"2024-03-01"}""");
        System.Text.Json.JsonElement status = default;
        await Poll.UntilAsync(async () =>
        {
            status = (await SiloApi.GetAsync(silo.Http, "v1/status")).Json;
            return status.GetProperty("closing").GetProperty("closedThrough").GetString() == "2024-03-01";
        }, TimeSpan.FromSeconds(30), "the sweep closes every book of 2024-03-01");
        var families = Exposition.Parse((await SiloApi.GetAsync(silo.Http, "metrics")).Text);

        var closing = status.GetProperty("closing");
        Assert.Equal("2024-03-01", closing.GetProperty("closing").GetString());
        Assert.Equal(Books, closing.GetProperty("booksClosed").GetInt64());
        Assert.Equal(Books, closing.GetProperty("books").GetInt64());
        Assert.Equal(Books, closing.GetProperty("booksClosedHere").GetInt64());
        Assert.Equal(Books, families["ledger_eod_books_closed"].Value);
        Assert.Equal(Books, families["ledger_eod_books"].Value);
        Assert.Equal(Books, families["ledger_eod_books_closed_here"].Value);
        Assert.Equal(Midnight("2024-03-01"), families["ledger_eod_closed_through_seconds"].Value);
        Assert.Equal(Midnight("2024-03-02"), families["ledger_business_date_seconds"].Value);
        // One accrual entry per drawn line, written by the sweep.
        var journal = await SiloApi.GetAsync(silo.Http, "v1/journal");
        Assert.Equal(DrawnLines, journal.Text.Split('\n').Count(l => l.Contains("\"interest-income\"", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Metrics_AfterAReplay_CountCommandsByOutcomeAsTheOutcomeListDoesAndTimeTheCommits()
    {
        await using var silo = await TestSilo.StartSqliteAsync("--partitions", "16");
        using var client = silo.CreateClient();
        var outcomes = new OutcomeLines();
        using (var replayer = new NetworkReplayer(client, concurrency: 4, batchSize: 32, outcomes, TextWriter.Null))
        using (var stream = new StreamReader(StreamFiles.Stream("mixed-small"), Encoding.UTF8))
        using (var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(2)))
        {
            await replayer.ReplayAsync(stream, null, deadline.Token);
        }

        var families = Exposition.Parse((await SiloApi.GetAsync(silo.Http, "metrics")).Text);

        // The replay is the conformance stream's. Its MALFORMED lines (not a JSON object with a string id) are the
        // replayer's own verdict: it never sends them, so the silo does not count them.
        StreamFiles.AssertSameBytes("mixed-small.outcomes.jsonl", outcomes.Text);
        var expected = outcomes.Lines
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("outcome").GetString()!)
            .Where(o => o != "MALFORMED")
            .GroupBy(o => o, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (double)g.Count(), StringComparer.Ordinal);
        Assert.True(expected.Count > 5, $"mixed-small has {expected.Count} kinds of outcome");
        var counted = families["ledger_commands_total"].Samples
            .ToDictionary(s => s.Labels["outcome"], s => s.Value, StringComparer.Ordinal);
        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal),
            counted.OrderBy(p => p.Key, StringComparer.Ordinal));

        // One duration and one size per group commit the store answered: as many as ledger_commit_batches_total;
        // the sizes add up to the turns sent (the committed ones, and any that failed their proof alone).
        var batches = families["ledger_commit_batches_total"].Value;
        Assert.True(batches > 0);
        var duration = families["ledger_commit_duration_seconds"];
        Assert.Equal(batches, duration.Count);
        Assert.True(duration.Sum > 0);
        AssertCumulativeBuckets(duration);
        var size = families["ledger_commit_size"];
        Assert.Equal(batches, size.Count);
        Assert.True(size.Sum >= families["ledger_commit_turns_total"].Value);
        AssertCumulativeBuckets(size);
        Assert.Equal(0, families["ledger_commit_failed_total"].Value);
    }

    /// <summary>Bucket counts never fall as the bound rises, and the last bucket (+Inf) holds every observation.
    /// </summary>
    internal static void AssertCumulativeBuckets(MetricFamily histogram)
    {
        var buckets = histogram.Samples.Where(s => s.Series == "bucket").ToList();
        Assert.True(buckets.Count > 2, $"{histogram.Name} has {buckets.Count} buckets");
        Assert.Equal("+Inf", buckets[^1].Labels["le"]);
        for (var i = 1; i < buckets.Count; i++)
        {
            Assert.True(buckets[i].Value >= buckets[i - 1].Value, $"{histogram.Name}: buckets fall at {i}");
        }

        Assert.Equal(histogram.Count, buckets[^1].Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong")]
    public async Task Metrics_WithoutTheKey_Returns401(string? key)
    {
        using var http = Silo.CreateHttpClient(key is null ? null : Silo.ApiKey + key);

        var response = await SiloApi.GetAsync(http, "metrics");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.DoesNotContain("ledger_", response.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_MetricsAnonymous_AnswersWithoutTheKeyButTheApiStillWantsIt()
    {
        await using var silo = await TestSilo.StartSqliteAsync("--metricsAnonymous", "true");
        using var anonymous = silo.CreateHttpClient(apiKey: null);

        var metrics = await SiloApi.GetAsync(anonymous, "metrics");
        var status = await SiloApi.GetAsync(anonymous, "v1/status");

        Assert.Equal(HttpStatusCode.OK, metrics.Status);
        Assert.Contains("ledger_partitions", Exposition.Parse(metrics.Text).Keys);
        Assert.Equal(HttpStatusCode.Unauthorized, status.Status);
    }

    private static long Midnight(string date) =>
        new DateTimeOffset(DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture)
            .ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeSeconds();
}
