using System.Diagnostics;
using Ledger.Domain;

namespace Ledger.LoadTest.Replay;

/// <summary>Replays a stream into a target in stream order and writes the outcome list. Malformed lines are
/// reported and skipped; they never stop the replay.</summary>
internal sealed class StreamReplayer(IReplayTarget target, TextWriter outcomes, TextWriter diagnostics)
{
    private const int MalformedReportLimit = 50;

    public async Task<ReplaySummary> ReplayAsync(TextReader stream, CancellationToken cancellationToken)
    {
        var summary = new ReplaySummary();
        var clock = Stopwatch.StartNew();
        long lineNumber = 0;
        while (stream.ReadLine() is { } line)
        {
            lineNumber++;
            var parsed = CommandParser.Parse(line);
            string outcome;
            if (parsed.Status == ParseStatus.Malformed)
            {
                outcome = OutcomeListWriter.Malformed;
                if (summary.Malformed < MalformedReportLimit)
                {
                    await diagnostics.WriteLineAsync($"line {lineNumber}: malformed record skipped ({parsed.Message})");
                }
            }
            else
            {
                outcome = await target.SubmitAsync(parsed, line, cancellationToken);
            }

            summary.Count(outcome);
            // Synchronous, buffered writes: this loop is CPU-bound and per-line async costs more than it saves.
            outcomes.WriteLine(OutcomeListWriter.Format(lineNumber, parsed.Id, outcome));
        }

        summary.Seconds = clock.Elapsed.TotalSeconds;
        return summary;
    }
}
