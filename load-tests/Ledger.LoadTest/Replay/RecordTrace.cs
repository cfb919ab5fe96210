using System.Globalization;

namespace Ledger.LoadTest.Replay;

/// <summary>The rows of <c>replay --trace FILE</c>: for every record the silo answered, its line in the stream,
/// when it was due (milliseconds from the start of the run: with <c>--rate R</c>, record n is due at
/// (n − 1) / R s), its latency from then to the answer of its request, and how many records that request
/// carried. The histogram gives the percentiles; the trace shows when the slow records came, so that a tail
/// can be matched against what else happened at the time (collections, vacuum, a barrier).</summary>
internal static class RecordTrace
{
    public const string Header = "line,due_ms,latency_ms,request_records";

    public static string Row(long lineNumber, TimeSpan due, TimeSpan latency, int requestRecords) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{lineNumber},{due.TotalMilliseconds:F3},{latency.TotalMilliseconds:F3},{requestRecords}");
}
