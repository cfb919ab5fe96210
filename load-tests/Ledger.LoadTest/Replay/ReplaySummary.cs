using System.Globalization;

namespace Ledger.LoadTest.Replay;

/// <summary>The counts of one replay.</summary>
internal sealed class ReplaySummary
{
    public long Records { get; set; }

    public long Accepted { get; set; }

    public long Rejected { get; set; }

    public long Malformed { get; set; }

    public double Seconds { get; set; }

    public SortedDictionary<string, long> RejectedByReason { get; } = new(StringComparer.Ordinal);

    public double RecordsPerSecond => Seconds > 0 ? Records / Seconds : 0;

    public void Count(string outcome)
    {
        Records++;
        if (outcome == "ACCEPTED")
        {
            Accepted++;
        }
        else if (outcome == OutcomeListWriter.Malformed)
        {
            Malformed++;
        }
        else
        {
            Rejected++;
            RejectedByReason[outcome] = RejectedByReason.GetValueOrDefault(outcome) + 1;
        }
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"records={Records} accepted={Accepted} rejected={Rejected} malformed={Malformed} " +
        $"seconds={Seconds:F3} records/s={RecordsPerSecond:F0}");
}
