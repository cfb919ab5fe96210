using System.Diagnostics.Metrics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Ledger.Silo.Tests.Support;
using Ledger.Testing;

namespace Ledger.Silo.Tests.Api;

/// <summary><c>GET /metrics</c>: Prometheus text that parses, the same figures as <c>GET /v1/status</c>, end-of-day
/// progress, and the API key unless the silo runs with <c>metricsAnonymous=true</c>.</summary>
public sealed partial class MetricsEndpointTests(ApiSiloFixture fixture) : IClassFixture<ApiSiloFixture>
{
    private TestSilo Silo => fixture.Silo;

    [Fact]
    public async Task Metrics_WithKey_AnswersPrometheusTextWithTheSiloLabel()
    {
        using var response = await Silo.Http.GetAsync(new Uri("metrics", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        var status = (await SiloApi.GetAsync(Silo.Http, "v1/status")).Json;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var contentType = response.Content.Headers.ContentType!;
        Assert.Equal("text/plain", contentType.MediaType);
        Assert.Contains(contentType.Parameters, p => p.Name == "version" && p.Value == "0.0.4");
        var families = Exposition.Parse(text);
        Assert.All(families.Values.SelectMany(f => f.Samples), s =>
            Assert.Equal(status.GetProperty("siloId").GetString(), s.Labels["silo"]));
        Assert.Equal("counter", families["ledger_commit_turns_total"].Type);
        Assert.Equal("counter", families["ledger_commit_batches_total"].Type);
        Assert.Equal("counter", families["ledger_activations_activated_total"].Type);
        Assert.Equal("gauge", families["ledger_activations"].Type);
        Assert.Equal("gauge", families["ledger_eod_books_closed"].Type);
        Assert.Equal(status.GetProperty("partitionCount").GetInt32(), families["ledger_partitions"].Value);
        Assert.Equal(status.GetProperty("partitionsOwned").GetInt32(), families["ledger_partitions_owned"].Value);
        Assert.Equal(Midnight(ApiSiloFixture.BusinessDate), families["ledger_business_date_seconds"].Value);
        // A silo inside a test process leaves that process's heap limit as it was (the executable sets its own).
        Assert.Equal(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes, families["ledger_memory_heap_limit_bytes"].Value);
        Assert.True(families["ledger_memory_heap_bytes"].Value > 0);
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
        Assert.Contains("ledger_partitions_owned", Exposition.Parse(metrics.Text).Keys);
        Assert.Equal(HttpStatusCode.Unauthorized, status.Status);
    }

    [Fact]
    public void Write_NamesUnitsAndLabelValues_FollowTheFormat()
    {
        using var meter = new Meter("Ledger.Silo.Tests.Format");
        meter.CreateObservableCounter("app.requests", () => new Measurement<long>(7,
            new KeyValuePair<string, object?>("who", "a\"b\\c\nd")), description: "Line one\nline \\ two.");
        meter.CreateObservableGauge("app.started", () => 1.5, unit: "s");

        var text = PrometheusText.Write(PrometheusText.Collect(meter));

        Assert.Equal(
            """
            # HELP app_requests_total Line one\nline \\ two.
            # TYPE app_requests_total counter
            app_requests_total{who="a\"b\\c\nd"} 7
            # HELP app_started_seconds app.started
            # TYPE app_started_seconds gauge
            app_started_seconds 1.5

            """.ReplaceLineEndings("\n"), text);
    }

    private static long Midnight(string date) =>
        new DateTimeOffset(DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture)
            .ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeSeconds();

    /// <summary>A strict reader of the text format 0.0.4, enough for these tests: every sample belongs to a family
    /// declared by <c># HELP</c> and <c># TYPE</c> before it, and every line is one of the three.</summary>
    private static partial class Exposition
    {
        public static Dictionary<string, Family> Parse(string text)
        {
            Assert.EndsWith("\n", text, StringComparison.Ordinal);
            var families = new Dictionary<string, Family>(StringComparer.Ordinal);
            foreach (var line in text.TrimEnd('\n').Split('\n'))
            {
                if (HelpLine().Match(line) is { Success: true } help)
                {
                    Assert.True(families.TryAdd(help.Groups[1].Value, new Family()), $"Declared twice: {line}");
                }
                else if (TypeLine().Match(line) is { Success: true } type)
                {
                    families[type.Groups[1].Value].Type = type.Groups[2].Value;
                }
                else
                {
                    var sample = SampleLine().Match(line);
                    Assert.True(sample.Success, $"Not a line of the text format: {line}");
                    var family = families[sample.Groups[1].Value];
                    Assert.NotNull(family.Type);
                    family.Samples.Add(new Sample(Labels(sample.Groups[2].Value),
                        double.Parse(sample.Groups[3].Value, CultureInfo.InvariantCulture)));
                }
            }

            return families;
        }

        private static Dictionary<string, string> Labels(string text) => LabelPair().Matches(text)
            .ToDictionary(m => m.Groups[1].Value, m => Regex.Unescape(m.Groups[2].Value));

        [GeneratedRegex(@"^# HELP ([a-zA-Z_:][a-zA-Z0-9_:]*) .*$")]
        private static partial Regex HelpLine();

        [GeneratedRegex(@"^# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (counter|gauge|histogram|summary|untyped)$")]
        private static partial Regex TypeLine();

        [GeneratedRegex(
            """^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{((?:[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\]|\\.)*",?)*)\})? (\S+)$""")]
        private static partial Regex SampleLine();

        [GeneratedRegex(@"([a-zA-Z_][a-zA-Z0-9_]*)=""((?:[^""\\]|\\.)*)""")]
        private static partial Regex LabelPair();
    }

    private sealed class Family
    {
        public string? Type { get; set; }

        public List<Sample> Samples { get; } = [];

        /// <summary>The value of a family with one sample (each of this silo's metrics has one).</summary>
        public double Value => Assert.Single(Samples).Value;
    }

    private sealed record Sample(Dictionary<string, string> Labels, double Value);
}
