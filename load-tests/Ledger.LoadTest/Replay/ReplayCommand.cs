using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Ledger.Client;
using Ledger.Client.Cluster;
using Ledger.GrainInterfaces;
using Ledger.OperatorInterfaces;
using System.Text;

namespace Ledger.LoadTest.Replay;

/// <summary>The <c>replay</c> verb: STREAM --target dry-run --outcomes OUT --snapshot SNAP.</summary>
internal static class ReplayCommand
{
    public static Command Create()
    {
        var stream = new Argument<FileInfo>("stream") { Description = "The transaction stream (JSON Lines)." };
        var target = new Option<string>("--target")
        {
            Description = "Where to replay: 'dry-run' (the pure domain in this process), a silo's base URL "
                + "(http://HOST:PORT; the key comes from LEDGER_OPERATOR_KEY, else LEDGER_API_KEY), or 'orleans' (the ledger cluster through "
                + "the Orleans client, found by --gateway or --postgres). Required: a forgotten target is an error, "
                + "not a silent dry run.",
            Required = true,
        };
        var concurrency = new Option<int>("--concurrency")
        {
            Description = "Lanes of borrowers replayed concurrently (network targets).",
            DefaultValueFactory = _ => 8,
        };
        var batch = new Option<int>("--batch")
        {
            Description = "Most records per request of one lane (network targets).",
            DefaultValueFactory = _ => 64,
        };
        var outcomes = new Option<FileInfo?>("--outcomes") { Description = "Write the outcome list here." };
        var snapshot = new Option<FileInfo?>("--snapshot") { Description = "Write the final snapshot here." };
        var rate = new Option<string>("--rate")
        {
            Description = "Records per second, open loop (latency includes queueing), or 'max' (network targets).",
            DefaultValueFactory = _ => "max",
        };
        var warmup = new Option<double>("--warmup")
        {
            Description = "Network targets: seconds from the start whose records are replayed and checked as usual but "
                + "whose latency is reported apart (warm-up), not in the main percentiles.",
            DefaultValueFactory = _ => 0,
        };
        var report = new Option<FileInfo?>("--report") { Description = "Write every figure of the run as JSON here." };
        var trace = new Option<FileInfo?>("--trace")
        {
            Description = "Network targets: write one CSV row per record here (line, when it was due, its latency, "
                + "records in its request), to see when the slow ones came.",
        };
        var gateway = new Option<string?>("--gateway")
        {
            Description = "--target orleans: the cluster's gateways, HOST:PORT[,HOST:PORT...] (the embedded silo's "
                + "is 127.0.0.1:30000).",
        };
        var postgres = new Option<string?>("--postgres")
        {
            Description = "--target orleans: the ledger's PostgreSQL connection string; gateways are found in its "
                + "membership table and the snapshot is read from it.",
        };
        var tlsCertificate = new Option<string?>("--tlsCertificate")
        {
            Description = "--target orleans: this client's certificate and unencrypted private key, PEM, in one file, "
                + "for gateways that require mutual TLS (silo options --tlsCertificate and --tlsClientCa). Needs --tlsCa.",
        };
        var tlsCa = new Option<string?>("--tlsCa")
        {
            Description = "--target orleans: the CA (PEM) the gateways' certificates are signed by; connect over TLS.",
        };
        var command = new Command("replay", "Replay a transaction stream and write its outcomes and snapshot.")
        {
            stream, target, outcomes, snapshot, concurrency, batch, rate, report, warmup, trace, gateway, postgres,
            tlsCertificate, tlsCa,
        };
        command.SetAction((result, cancellationToken) => RunAsync(
            new ReplaySettings(result.GetValue(stream)!, result.GetValue(target)!, result.GetValue(outcomes),
                result.GetValue(snapshot), result.GetValue(concurrency), result.GetValue(batch),
                result.GetValue(rate)!, result.GetValue(report), result.GetValue(warmup), result.GetValue(trace),
                result.GetValue(gateway), result.GetValue(postgres), result.GetValue(tlsCertificate),
                result.GetValue(tlsCa)),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(ReplaySettings settings, CancellationToken cancellationToken)
    {
        if (!settings.Stream.Exists)
        {
            await Console.Error.WriteLineAsync($"error: stream file '{settings.Stream.FullName}' does not exist.");
            return 2;
        }

        double? recordsPerSecond = null;
        if (settings.Rate != "max")
        {
            if (!double.TryParse(settings.Rate, CultureInfo.InvariantCulture, out var parsedRate) || parsedRate <= 0)
            {
                await Console.Error.WriteLineAsync($"error: --rate must be a positive number or 'max'.");
                return 2;
            }

            recordsPerSecond = parsedRate;
        }

        if (!double.IsFinite(settings.WarmupSeconds) || settings.WarmupSeconds < 0)
        {
            await Console.Error.WriteLineAsync("error: --warmup must be a number of seconds, zero or more.");
            return 2;
        }

        Uri? silo = null;
        var orleans = settings.Target == "orleans";
        if (settings.Target != "dry-run" && !orleans && !TryParseSilo(settings.Target, out silo))
        {
            await Console.Error.WriteLineAsync(
                $"error: unknown target '{settings.Target}' (expected 'dry-run', http://HOST:PORT or 'orleans').");
            return 2;
        }

        LedgerClusterOptions? cluster = null;
        if (orleans)
        {
            try
            {
                cluster = (settings.Gateway, settings.Postgres) switch
                {
                    ({ } gateways, null) => LedgerClusterOptions.ForGateways(gateways),
                    (null, { } connection) => LedgerClusterOptions.ForMembership(connection),
                    (null, null) => throw new FormatException("--target orleans needs --gateway or --postgres."),
                    _ => throw new FormatException("Give --gateway or --postgres, not both."),
                };
                cluster = (settings.TlsCertificate, settings.TlsCa) switch
                {
                    (null, null) => cluster,
                    (_, { } ca) => cluster.WithTlsFiles(settings.TlsCertificate, ca),
                    _ => throw new FormatException("--tlsCertificate needs --tlsCa: the CA the gateways' "
                        + "certificates are signed by."),
                };
            }
            catch (Exception ex) when (ex is FormatException or System.Net.Sockets.SocketException)
            {
                await Console.Error.WriteLineAsync($"error: {ex.Message}");
                return 2;
            }
        }
        else if (settings.Gateway is not null || settings.Postgres is not null || settings.TlsCertificate is not null
            || settings.TlsCa is not null)
        {
            await Console.Error.WriteLineAsync(
                "error: --gateway, --postgres, --tlsCertificate and --tlsCa are for --target orleans.");
            return 2;
        }

        if (silo is null && cluster is null && settings.Trace is not null)
        {
            await Console.Error.WriteLineAsync("error: --trace needs a silo target (a dry run measures no latency).");
            return 2;
        }

        try
        {
            await using var outcomes = OpenOutput(settings.Outcomes);
            using var reader = new StreamReader(settings.Stream.FullName, Encoding.UTF8);
            var run = (silo, cluster) switch
            {
                ({ } http, _) => await ReplayHttpAsync(http, settings, recordsPerSecond, reader, outcomes,
                    cancellationToken),
                (_, { } clusterOptions) => await ReplayOrleansAsync(clusterOptions, settings, recordsPerSecond, reader,
                    outcomes, cancellationToken),
                _ => await ReplayDryRunAsync(reader, outcomes, cancellationToken),
            };
            var (summary, snapshot, latency, warmupLatency) = (run.Summary, run.Snapshot, run.Latency, run.WarmupLatency);
            if (settings.Snapshot is not null)
            {
                await File.WriteAllTextAsync(settings.Snapshot.FullName, snapshot, new UTF8Encoding(false),
                    cancellationToken);
            }

            foreach (var (reason, count) in summary.RejectedByReason)
            {
                Console.WriteLine($"  {reason}: {count}");
            }

            if (warmupLatency is { Count: > 0 })
            {
                Console.WriteLine(Percentiles($"warmup_latency_ms count={warmupLatency.Count}", warmupLatency));
            }

            if (latency is not null)
            {
                Console.WriteLine(Percentiles("latency_ms", latency));
            }

            if (run.Retries is { } retries)
            {
                Console.WriteLine(retries);
            }

            var pace = RateCheck.Of(recordsPerSecond, summary.Records, run.SendingSeconds);
            if (pace is { Reached: false })
            {
                await Console.Error.WriteLineAsync(pace.Warning);
            }

            if (settings.Report is not null)
            {
                await ReplayReport.WriteAsync(settings.Report, settings, run, pace, cancellationToken);
            }

            Console.WriteLine(summary);
            return 0;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or LedgerClientException)
        {
            await Console.Error.WriteLineAsync($"error: {ex.Message}");
            return 3;
        }
    }

    private static string Percentiles(string label, LatencyHistogram latency) => string.Create(
        CultureInfo.InvariantCulture,
        $"{label} p50={latency.PercentileMicros(0.5) / 1000.0:F2} " +
        $"p90={latency.PercentileMicros(0.9) / 1000.0:F2} p99={latency.PercentileMicros(0.99) / 1000.0:F2} " +
        $"p99.9={latency.PercentileMicros(0.999) / 1000.0:F2} max={latency.MaxMicros / 1000.0:F2}");

    private static async Task<ReplayRun>
        ReplayDryRunAsync(TextReader reader, TextWriter outcomes, CancellationToken ct)
    {
        await using var target = new DryRunTarget();
        var startedAt = DateTimeOffset.UtcNow;
        var summary = await new StreamReplayer(target, outcomes, Console.Error).ReplayAsync(reader, ct);
        return new ReplayRun(summary, await target.GetSnapshotAsync(ct), null, null, startedAt, null, 0);
    }

    private static async Task<ReplayRun>
        ReplayHttpAsync(Uri silo,
        ReplaySettings settings, double? recordsPerSecond, TextReader reader, TextWriter outcomes,
        CancellationToken ct)
    {
        // The operator key when there is one: a stream sets the business date and closes days.
        var key = LedgerKeys.FromEnvironment() ?? throw new LedgerClientException(
            "neither LEDGER_OPERATOR_KEY nor LEDGER_API_KEY is set; the silo needs a key (the operator key, for a "
            + "stream that sets the business date).", null);

        using var client = new LedgerClient(silo, key);
        return await ReplayThroughAsync(new HttpRecordSink(client), settings, recordsPerSecond, reader, outcomes, ct);
    }

    /// <summary>Through the Orleans client: the cluster's grains, as a .NET front-end calls them. The snapshot is
    /// read from the ledger's database with --postgres, else asked of the ledger grain.</summary>
    private static async Task<ReplayRun>
        ReplayOrleansAsync(LedgerClusterOptions cluster,
        ReplaySettings settings, double? recordsPerSecond, TextReader reader, TextWriter outcomes,
        CancellationToken ct)
    {
        using var connecting = CancellationTokenSource.CreateLinkedTokenSource(ct);
        connecting.CancelAfter(TimeSpan.FromSeconds(60));
        LedgerClusterConnection connection;
        try
        {
            connection = await LedgerClusterConnection.ConnectAsync(cluster, connecting.Token);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            throw new LedgerClientException($"Could not connect to the ledger cluster: {ex.Message}", null, ex);
        }

        await using (connection)
        {
            var sink = new OrleansRecordSink(connection, settings.Postgres is { } postgres
                ? token => StoreSnapshot.ReadPostgresAsync(postgres, token)
                : _ => connection.Client.GetGrain<ILedgerOperatorGrain>(GrainKeys.Ledger).GetSnapshotAsync());
            return await ReplayThroughAsync(sink, settings, recordsPerSecond, reader, outcomes, ct);
        }
    }

    private static async Task<ReplayRun>
        ReplayThroughAsync(IRecordSink client,
        ReplaySettings settings, double? recordsPerSecond, TextReader reader, TextWriter outcomes,
        CancellationToken ct)
    {
        await using var trace = settings.Trace is null ? null : OpenOutput(settings.Trace);
        var total = CountLines(settings.Stream.FullName);
        // The run's clock: record 1 is due now (when paced), and the trace's times count from here.
        var origin = Stopwatch.GetTimestamp();
        var startedAt = DateTimeOffset.UtcNow;
        var pacer = recordsPerSecond is { } r ? new ReplayPacer(r) : null;
        using var replayer = new NetworkReplayer(client, settings.Concurrency, settings.Batch, outcomes,
            Console.Error)
        {
            Warmup = TimeSpan.FromSeconds(settings.WarmupSeconds),
            Trace = trace,
            TraceOrigin = pacer?.StartTimestamp ?? origin,
        };
        ReplaySummary summary;
        await using (var progress = new ProgressDisplay(Console.Error, total, !Console.IsErrorRedirected))
        {
            replayer.Progress = progress.Update;
            summary = await replayer.ReplayAsync(reader, pacer is null ? null : pacer.WaitForAsync, ct);
        }

        return new ReplayRun(summary, await client.GetSnapshotAsync(ct), replayer.Latency, replayer.WarmupLatency,
            startedAt, client.Retries, replayer.SendingSeconds);
    }

    private static long CountLines(string path)
    {
        long count = 0;
        using var reader = new StreamReader(path, Encoding.UTF8);
        while (reader.ReadLine() is not null)
        {
            count++;
        }

        return count;
    }

    private static bool TryParseSilo(string target, out Uri? silo)
    {
        silo = null;
        if (!Uri.TryCreate(target, UriKind.Absolute, out var uri) || (uri.Scheme != "http" && uri.Scheme != "https"))
        {
            return false;
        }

        silo = uri.AbsolutePath.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
        return true;
    }

    private static StreamWriter OpenOutput(FileInfo? file)
    {
        var stream = file is null ? Stream.Null : new FileStream(file.FullName, FileMode.Create, FileAccess.Write);
        return new StreamWriter(stream, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
    }
}

internal sealed record ReplaySettings(FileInfo Stream, string Target, FileInfo? Outcomes, FileInfo? Snapshot,
    int Concurrency, int Batch, string Rate, FileInfo? Report, double WarmupSeconds = 0,
    FileInfo? Trace = null, string? Gateway = null, string? Postgres = null, string? TlsCertificate = null,
    string? TlsCa = null);

/// <summary>What a replay measured, for the console and <c>--report</c>.</summary>
internal sealed record ReplayRun(ReplaySummary Summary, string Snapshot, LatencyHistogram? Latency,
    LatencyHistogram? WarmupLatency, DateTimeOffset StartedAt, RetryTally? Retries, double SendingSeconds);

/// <summary>Whether an open-loop run offered the rate asked (<c>--rate</c>): records sent per second from the clock
/// origin to the last record handed over, against the rate asked, with 5 % of slack for the pacer's timer. Below
/// it, the latency figures describe a lighter load than the one asked for, and the tool says so.</summary>
internal sealed record RateCheck(double AskedPerSecond, double AchievedPerSecond)
{
    public const double Slack = 0.95;

    public bool Reached => AchievedPerSecond >= AskedPerSecond * Slack;

    public string Warning => string.Format(CultureInfo.InvariantCulture,
        "warning: asked --rate {0:0.#} records/s, achieved {1:0.#} ({2:P0}): the ledger or this client could not "
        + "keep up, so the latency figures are for a lighter load than asked.",
        AskedPerSecond, AchievedPerSecond, AchievedPerSecond / AskedPerSecond);

    /// <summary>Null for a run without a rate (<c>--rate max</c>, a dry run).</summary>
    public static RateCheck? Of(double? askedPerSecond, long records, double sendingSeconds) =>
        askedPerSecond is not { } asked ? null
        // Record n is due (n - 1) / rate after the origin: a single record, or one sent at once, reaches any rate.
        : records < 2 || sendingSeconds <= 0 ? new RateCheck(asked, asked)
        : new RateCheck(asked, Math.Min((records - 1) / sendingSeconds, double.MaxValue));
}
