using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Ledger.Client;
using Ledger.LoadTest.Replay;

namespace Ledger.LoadTest.Tests;

/// <summary>What the replay tool reports about its own run: the warm-up on the pacer's clock, the rate it offered
/// against the one asked, and the retries its client made.</summary>
public sealed class ReplayAccountingTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Warmup_Zero_FilesNoRecordAsWarmup()
    {
        var pacer = new ReplayPacer(1_000);
        using var replayer = new NetworkReplayer(new InstantSink(), 2, 4, TextWriter.Null, TextWriter.Null)
        {
            Warmup = TimeSpan.Zero,
            TraceOrigin = pacer.StartTimestamp,
        };

        await replayer.ReplayAsync(new StringReader(Records(30)), pacer.WaitForAsync, CancellationToken.None)
            .WaitAsync(Deadline);

        Assert.Equal(0, replayer.WarmupLatency.Count);
        Assert.Equal(30, replayer.Latency.Count);
    }

    [Fact]
    public async Task Warmup_FirstTenthOfASecondAt100PerSecond_IsExactlyTheFirstTenRecords()
    {
        // Record n is due (n - 1) / 100 s after the pacer's start: records 1 to 10 are due within the first 0.1 s,
        // however late the replayer itself starts.
        var pacer = new ReplayPacer(100);
        using var replayer = new NetworkReplayer(new InstantSink(), 2, 4, TextWriter.Null, TextWriter.Null)
        {
            Warmup = TimeSpan.FromSeconds(0.1),
            TraceOrigin = pacer.StartTimestamp,
        };

        await replayer.ReplayAsync(new StringReader(Records(30)), pacer.WaitForAsync, CancellationToken.None)
            .WaitAsync(Deadline);

        Assert.Equal(10, replayer.WarmupLatency.Count);
        Assert.Equal(20, replayer.Latency.Count);
    }

    [Fact]
    public async Task Rate_SlowerSinkThanAsked_IsNotReachedAndWarns()
    {
        var pacer = new ReplayPacer(1_000);
        using var replayer = new NetworkReplayer(new InstantSink(TimeSpan.FromMilliseconds(20)), 1, 1,
            TextWriter.Null, TextWriter.Null) { TraceOrigin = pacer.StartTimestamp };

        var summary = await replayer.ReplayAsync(new StringReader(Records(40)), pacer.WaitForAsync,
            CancellationToken.None).WaitAsync(Deadline);
        var check = RateCheck.Of(1_000, summary.Records, replayer.SendingSeconds)!;

        Assert.False(check.Reached, $"achieved {check.AchievedPerSecond}");
        Assert.True(check.AchievedPerSecond < 500, $"achieved {check.AchievedPerSecond}");
        Assert.StartsWith("warning: asked --rate 1000 records/s, achieved ", check.Warning, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1000, 1001, 1.0, true)] // 1,000 records sent over their 1 s of due times.
    [InlineData(1000, 1001, 1.05, true)] // Within the pacer's slack.
    [InlineData(1000, 1001, 2.0, false)] // Half the rate asked.
    [InlineData(1000, 1, 0.0, true)] // One record reaches any rate.
    public void RateCheck_ComparesTheOfferedRateWithTheAskedOne(double asked, long records, double seconds,
        bool reached)
    {
        Assert.Equal(reached, RateCheck.Of(asked, records, seconds)!.Reached);
        Assert.Null(RateCheck.Of(null, records, seconds));
    }

    [Fact]
    public async Task Retries_OfTheHttpClient_AreCountedByReason()
    {
        // A 503 for the whole request, then one item the silo could not book now, then every item decided.
        var answers = new Queue<(HttpStatusCode, string)>([
            (HttpStatusCode.ServiceUnavailable, "{}"),
            (HttpStatusCode.OK, """[{"id":"c1","outcome":"ACCEPTED"},{"id":"c2","retry":"BUSY","error":"busy"}]"""),
            (HttpStatusCode.OK, """[{"id":"c2","outcome":"ACCEPTED"}]"""),
        ]);
        using var http = new HttpClient(new ScriptedHandler(answers)) { BaseAddress = new Uri("http://ledger.test/") };
        using var client = new LedgerClient(http, new LedgerClientOptions
        {
            InitialBackoff = TimeSpan.FromMilliseconds(1),
            MaxBackoff = TimeSpan.FromMilliseconds(1),
        });
        var sink = new HttpRecordSink(client);

        var outcomes = await sink.SubmitBatchAsync([Record(1), Record(2)], CancellationToken.None);

        Assert.Equal(["ACCEPTED", "ACCEPTED"], outcomes);
        Assert.Equal(2, sink.Retries.Retries);
        Assert.Equal(2, sink.Retries.Records);
        Assert.Equal([KeyValuePair.Create("503", 1L), KeyValuePair.Create("item:BUSY", 1L)], sink.Retries.ByReason);
        Assert.Equal("retries=2 records_resent=2 by_reason=503:1,item:BUSY:1", sink.Retries.ToString());
    }

    [Fact]
    public async Task HttpSink_OneRecord_IsOnePostOfTheCommand_MoreAreOneBatch()
    {
        // The front-end shape (replay --batch 1) is one POST /v1/commands per command; a request of several records
        // is one POST /v1/commands/batch. A shape refusal of a single command (400) is its outcome, as a batch item's.
        var answers = new Queue<(HttpStatusCode, string)>([
            (HttpStatusCode.OK, """{"id":"c1","outcome":"ACCEPTED"}"""),
            (HttpStatusCode.BadRequest, """{"id":"c2","reason":"INVALID_FIELD","field":"limit","detail":"bad"}"""),
            (HttpStatusCode.OK, """[{"id":"c3","outcome":"ACCEPTED"},{"id":"c4","outcome":"DUPLICATE_ID"}]"""),
        ]);
        var handler = new ScriptedHandler(answers);
        using var http = new HttpClient(handler) { BaseAddress = new Uri("http://ledger.test/") };
        using var client = new LedgerClient(http);
        var sink = new HttpRecordSink(client);

        Assert.Equal(["ACCEPTED"], await sink.SubmitBatchAsync([Record(1)], CancellationToken.None));
        Assert.Equal(["INVALID_FIELD"], await sink.SubmitBatchAsync([Record(2)], CancellationToken.None));
        Assert.Equal(["ACCEPTED", "DUPLICATE_ID"],
            await sink.SubmitBatchAsync([Record(3), Record(4)], CancellationToken.None));

        Assert.Equal(["/v1/commands", "/v1/commands", "/v1/commands/batch"], handler.Paths);
        Assert.Equal(Record(1), handler.Bodies[0]);
    }

    [Fact]
    public async Task Report_HasTheRateAndTheRetries()
    {
        var file = new FileInfo(Path.GetTempFileName());
        try
        {
            var retries = new RetryTally();
            retries.Count("503", 64);
            var summary = new ReplaySummary { Seconds = 2 };
            var run = new ReplayRun(summary, "{}", new LatencyHistogram(), new LatencyHistogram(),
                DateTimeOffset.UnixEpoch, retries, 2);
            var settings = new ReplaySettings(new FileInfo("s.jsonl"), "http://127.0.0.1:1/", null, null, 8, 64,
                "1000", file);

            await ReplayReport.WriteAsync(file, settings, run, new RateCheck(1000, 400), CancellationToken.None);

            using var report = JsonDocument.Parse(await File.ReadAllTextAsync(file.FullName));
            var root = report.RootElement;
            Assert.Equal(400, root.GetProperty("rateAchieved").GetDouble());
            Assert.False(root.GetProperty("rateReached").GetBoolean());
            Assert.Equal(1, root.GetProperty("retries").GetProperty("count").GetInt64());
            Assert.Equal(64, root.GetProperty("retries").GetProperty("recordsResent").GetInt64());
            Assert.Equal(1, root.GetProperty("retries").GetProperty("byReason").GetProperty("503").GetInt64());
        }
        finally
        {
            file.Delete();
        }
    }

    [Fact]
    public async Task Replay_HandsTheSinkEachRecordWithItsOneParse()
    {
        var sink = new ParsedSink();
        using var replayer = new NetworkReplayer(sink, 3, 1, TextWriter.Null, TextWriter.Null);

        var summary = await replayer.ReplayAsync(new StringReader(Records(12)), null, CancellationToken.None)
            .WaitAsync(Deadline);

        // Every record reached the sink once, through the call that carries the replay's own parse (the one it
        // routed the record by): a sink that needs the parse does not parse the record again.
        Assert.Equal(12, summary.Records);
        Assert.Equal(0, sink.Unparsed);
        Assert.Equal(Enumerable.Range(1, 12).Select(n => $"c{n}:B{n}").Order(StringComparer.Ordinal),
            sink.Seen.Order(StringComparer.Ordinal));
    }

    private static string Record(int n) => string.Create(CultureInfo.InvariantCulture,
        $$"""{"type":"OpenBorrower","borrower":"B{{n}}","limit":1000000,"id":"c{{n}}"}""");

    private static string Records(int count) =>
        string.Join("\n", Enumerable.Range(1, count).Select(Record)) + "\n";

    /// <summary>Accepts every record, after an optional pause per batch.</summary>
    private sealed class InstantSink(TimeSpan pause = default) : IRecordSink
    {
        public RetryTally Retries { get; } = new();

        public async Task<IReadOnlyList<string>> SubmitBatchAsync(IReadOnlyList<string> records,
            CancellationToken cancellationToken)
        {
            if (pause > TimeSpan.Zero)
            {
                await Task.Delay(pause, cancellationToken);
            }

            return [.. records.Select(_ => "ACCEPTED")];
        }

        public Task<string> GetSnapshotAsync(CancellationToken cancellationToken) => Task.FromResult("{}");
    }

    /// <summary>Accepts every record, noting each parsed record's id and borrower as its parse gives them, and how
    /// many records came without a parse.</summary>
    private sealed class ParsedSink : IRecordSink
    {
        private readonly System.Collections.Concurrent.ConcurrentBag<string> _seen = [];
        private int _unparsed;

        public RetryTally Retries { get; } = new();

        public IEnumerable<string> Seen => _seen;

        public int Unparsed => _unparsed;

        public Task<IReadOnlyList<string>> SubmitBatchAsync(IReadOnlyList<string> records,
            CancellationToken cancellationToken)
        {
            Interlocked.Add(ref _unparsed, records.Count);
            return Task.FromResult<IReadOnlyList<string>>([.. records.Select(_ => "ACCEPTED")]);
        }

        public Task<IReadOnlyList<string>> SubmitParsedAsync(IReadOnlyList<ParsedLine> records,
            CancellationToken cancellationToken)
        {
            foreach (var (line, parsed) in records)
            {
                // The replay's parse routes the record and leaves the content hash to the ledger.
                Assert.Equal(Domain.CommandParser.ParseToRoute(line), parsed, ParseComparer.Instance);
                Assert.Empty(parsed.Command!.ContentHash);
                _seen.Add($"{parsed.Id}:{((Domain.BorrowerCommand)parsed.Command!).Borrower}");
            }

            return Task.FromResult<IReadOnlyList<string>>([.. records.Select(_ => "ACCEPTED")]);
        }

        public Task<string> GetSnapshotAsync(CancellationToken cancellationToken) => Task.FromResult("{}");
    }

    /// <summary>Two parses of one record are alike: same status, id and command (commands compare by value, their
    /// content hash by its bytes).</summary>
    private sealed class ParseComparer : IEqualityComparer<Domain.ParseResult>
    {
        public static readonly ParseComparer Instance = new();

        public bool Equals(Domain.ParseResult? x, Domain.ParseResult? y) =>
            x is not null && y is not null && x.Status == y.Status && x.Id == y.Id
            && x.Command?.ContentHash.AsSpan().SequenceEqual(y.Command?.ContentHash) == true;

        public int GetHashCode(Domain.ParseResult obj) => obj.Id?.GetHashCode(StringComparison.Ordinal) ?? 0;
    }

    private sealed class ScriptedHandler(Queue<(HttpStatusCode Status, string Body)> answers) : HttpMessageHandler
    {
        /// <summary>The path of each request, in order.</summary>
        public List<string> Paths { get; } = [];

        /// <summary>The body of each request, in order (empty when it had none).</summary>
        public List<string> Bodies { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request,
            CancellationToken cancellationToken)
        {
            Paths.Add(request.RequestUri!.AbsolutePath);
            Bodies.Add(request.Content is null
                ? string.Empty
                : await request.Content.ReadAsStringAsync(cancellationToken));
            var (status, body) = answers.Dequeue();
            return new HttpResponseMessage(status)
            {
                Content = new StringContent(body, Encoding.UTF8, "application/json"),
            };
        }
    }
}
