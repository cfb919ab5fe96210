using System.Globalization;
using System.Text.Json;

namespace Ledger.LoadTest.Replay;

/// <summary>Writes every figure of a replay as one JSON object (<c>--report</c>).</summary>
internal static class ReplayReport
{
    public static async Task WriteAsync(FileInfo file, ReplaySettings settings, ReplayRun run, RateCheck? pace,
        CancellationToken ct)
    {
        var (summary, latency, warmupLatency, startedAt) = (run.Summary, run.Latency, run.WarmupLatency, run.StartedAt);
        await using var stream = new FileStream(file.FullName, FileMode.Create, FileAccess.Write);
        await using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("stream", settings.Stream.FullName);
        json.WriteString("target", settings.Target);
        json.WriteNumber("concurrency", settings.Concurrency);
        json.WriteNumber("batch", settings.Batch);
        json.WriteString("rate", settings.Rate);
        // When the run's clock started (UTC, to the millisecond): record 1 due, the origin of --trace's times,
        // so that a trace can be lined up with server logs.
        json.WriteString("startedAt", startedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture));
        json.WriteNumber("records", summary.Records);
        json.WriteNumber("accepted", summary.Accepted);
        json.WriteNumber("rejected", summary.Rejected);
        json.WriteNumber("malformed", summary.Malformed);
        json.WriteNumber("seconds", Math.Round(summary.Seconds, 3));
        json.WriteNumber("recordsPerSecond", Math.Round(summary.RecordsPerSecond, 1));
        json.WriteStartObject("rejectedByReason");
        foreach (var (reason, count) in summary.RejectedByReason)
        {
            json.WriteNumber(reason, count);
        }

        json.WriteEndObject();
        if (pace is not null)
        {
            // The rate the replay offered (records sent per second) and whether it reached the one asked.
            json.WriteNumber("rateAchieved", Math.Round(pace.AchievedPerSecond, 1));
            json.WriteBoolean("rateReached", pace.Reached);
        }

        if (run.Retries is { } retries)
        {
            json.WriteStartObject("retries");
            json.WriteNumber("count", retries.Retries);
            json.WriteNumber("recordsResent", retries.Records);
            json.WriteStartObject("byReason");
            foreach (var (reason, count) in retries.ByReason)
            {
                json.WriteNumber(reason, count);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteNumber("warmupSeconds", settings.WarmupSeconds);
        WriteLatency(json, "latencyMs", latency);
        WriteLatency(json, "warmupLatencyMs", warmupLatency);

        json.WriteEndObject();
        await json.FlushAsync(ct);
    }

    private static void WriteLatency(Utf8JsonWriter json, string name, LatencyHistogram? latency)
    {
        if (latency is null)
        {
            return;
        }

        json.WriteStartObject(name);
        json.WriteNumber("count", latency.Count);
        json.WriteNumber("p50", latency.PercentileMicros(0.50) / 1000.0);
        json.WriteNumber("p90", latency.PercentileMicros(0.90) / 1000.0);
        json.WriteNumber("p99", latency.PercentileMicros(0.99) / 1000.0);
        json.WriteNumber("p999", latency.PercentileMicros(0.999) / 1000.0);
        json.WriteNumber("max", latency.MaxMicros / 1000.0);
        json.WriteEndObject();
    }
}
