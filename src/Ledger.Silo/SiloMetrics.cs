using System.Diagnostics.Metrics;
using Ledger.Grains;

namespace Ledger.Silo;

/// <summary>The silo's own metrics: a meter named <c>Ledger.Silo</c>. Its observable instruments read the silo's own
/// figures (those of <c>GET /v1/status</c>, and the commands answered by outcome) whenever a reader collects them, so
/// the hot path counts nothing twice; its two histograms record each group commit (how long the store transaction
/// took, how many turns it carried). Every measurement carries a <c>silo</c> tag. OpenTelemetry reads the meter
/// (<see cref="SiloTelemetry"/>): <c>GET /metrics</c> and OTLP.</summary>
internal sealed class SiloMetrics
{
    public const string MeterName = "Ledger.Silo";

    /// <summary>Bucket bounds of the commit duration, in seconds: 1 ms to 5 s (a commit waits for an fsync).
    /// </summary>
    internal static readonly double[] CommitDurationBuckets =
        [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5];

    /// <summary>Bucket bounds of the group-commit size, in turns, up to the largest batch (1,024 turns).</summary>
    internal static readonly long[] CommitSizeBuckets = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024];

    public SiloMetrics(ISiloFigures figures, IMeterFactory meters)
    {
        // The factory hands each host (each silo's container) its own meter, so silos sharing a process (tests)
        // never read each other's figures; the factory disposes it with the container.
        Meter = meters.Create(MeterName);
        var silo = new KeyValuePair<string, object?>("silo", figures.SiloId);
        Measurement<long> Of(long value) => new(value, silo);

        Meter.CreateObservableGauge("ledger.partitions", () => Of(figures.Counts.PartitionCount), "{partition}",
            "Partitions of the ledger, fixed when it was created.");
        Meter.CreateObservableGauge("ledger.activations", () => Of(figures.Counts.Activations),
            "{activation}", "Borrowers live in memory on this silo now.");
        Meter.CreateObservableCounter("ledger.activations.activated", () => Of(figures.Counts.Activated),
            "{activation}", "Borrowers loaded into memory since the silo started.");
        Meter.CreateObservableCounter("ledger.activations.deactivated", () => Of(figures.Counts.Deactivated),
            "{activation}", "Borrowers dropped from memory (idle, or shed under memory pressure) since the start.");
        Meter.CreateObservableCounter("ledger.commit.batches", () => Of(figures.Counts.CommitBatches),
            "{batch}", "Group commits of borrower turns to the store since the silo started.");
        Meter.CreateObservableCounter("ledger.commit.turns", () => Of(figures.Counts.CommittedTurns),
            "{turn}", "Borrower commands (accepted or rejected) made durable by group commits since the silo started.");
        if (figures.Commit is { } commit)
        {
            Meter.CreateObservableCounter("ledger.commit.failed", () => Of(commit.FailedBatches), "{batch}",
                "Group commits that failed whole since the silo started (the store unreachable or refusing); nothing "
                + "of them was written and their commands were answered 'try again'.");
            var duration = Meter.CreateHistogram("ledger.commit.duration", "s",
                "How long each group commit's store transaction took.", tags: null,
                new InstrumentAdvice<double> { HistogramBucketBoundaries = CommitDurationBuckets });
            var size = Meter.CreateHistogram("ledger.commit.size", "{turn}",
                "Turns (borrower commands that write) carried by each group commit.", tags: null,
                new InstrumentAdvice<long> { HistogramBucketBoundaries = CommitSizeBuckets });
            commit.Committed += (turns, elapsed) =>
            {
                duration.Record(elapsed.TotalSeconds, silo);
                size.Record(turns, silo);
            };
        }

        if (figures.Outcomes is { } outcomes)
        {
            Meter.CreateObservableCounter("ledger.commands", () => outcomes.Snapshot().Select(o =>
                    new Measurement<long>(o.Value, silo, new KeyValuePair<string, object?>("outcome", o.Key))),
                "{command}", "Commands answered with a final outcome since the silo started, by outcome: ACCEPTED or "
                + "the rejection reason (a retry answered from its record counts again; 'try again' answers do not "
                + "count).");
        }

        Meter.CreateObservableGauge("ledger.business_date", () => BusinessDate(figures, silo), "s",
            "The business date as Unix time of its midnight UTC; absent before the first SetBusinessDate.");
        Meter.CreateObservableGauge("ledger.eod.books_closed", () => Of(figures.Closing.BooksClosed),
            "{book}", "Books of the whole ledger that have closed the day before the business date (as of this "
            + "silo's last sweep pass).");
        Meter.CreateObservableGauge("ledger.eod.books", () => Of(figures.Closing.Books),
            "{book}", "Books (opened borrowers) of the whole ledger.");
        Meter.CreateObservableGauge("ledger.eod.books_closed_here", () => Of(figures.Closing.BooksClosedHere),
            "{book}", "Books this silo's sweep closed for the day being closed.");
        Meter.CreateObservableGauge("ledger.eod.closed_through", () => ClosedThrough(figures, silo), "s",
            "The last day every book has closed, as Unix time of its midnight UTC; absent before the first.");
        Meter.CreateObservableGauge("ledger.memory.heap", () => Of(GC.GetTotalMemory(forceFullCollection: false)),
            "By", "Bytes in the garbage-collected heap of this silo's process now (live and not yet collected).");
        Meter.CreateObservableGauge("ledger.memory.heap_limit",
            () => Of(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes), "By",
            "The heap limit of this silo's process (--memoryLimitMb, or the machine's or container's).");
        Meter.CreateObservableCounter("ledger.admission.refused", () => Of(figures.Admission.Refused), "{command}",
            "Commands and views answered 'try again' (MEMORY_PRESSURE, nothing booked) since the silo started because "
            + "they would have loaded a book while the heap was over its limit.");
        Meter.CreateObservableCounter("ledger.admission.episodes", () => Of(figures.Admission.Episodes),
            "{episode}", "Times since the silo started that its heap went over its limit and new books were refused.");
        Meter.CreateObservableGauge("ledger.admission.refusing", () => Of(figures.Admission.Refusing ? 1 : 0),
            "{state}", "1 while commands that would load a book are refused (the heap over its limit), else 0.");
    }

    public Meter Meter { get; }

    private static IEnumerable<Measurement<long>> BusinessDate(ISiloFigures figures, KeyValuePair<string, object?> silo) =>
        Midnight(figures.Counts.BusinessDate, silo);

    private static IEnumerable<Measurement<long>> ClosedThrough(ISiloFigures figures, KeyValuePair<string, object?> silo) =>
        Midnight(figures.Closing.ClosedThrough, silo);

    private static IEnumerable<Measurement<long>> Midnight(DateOnly? date, KeyValuePair<string, object?> silo)
    {
        if (date is not { } day)
        {
            return [];
        }

        var midnight = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        return [new Measurement<long>(midnight.ToUnixTimeSeconds(), silo)];
    }
}
