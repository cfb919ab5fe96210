using System.Diagnostics.Metrics;

namespace Ledger.Silo;

/// <summary>The silo's metrics: a meter named <c>Ledger.Silo</c> whose observable instruments read the engine's own
/// figures (those of <c>GET /v1/status</c>) whenever a listener collects them, so the hot path counts nothing twice
/// and pays nothing between scrapes. Every measurement carries a <c>silo</c> tag.</summary>
internal sealed class SiloMetrics
{
    public const string MeterName = "Ledger.Silo";

    public SiloMetrics(ISiloFigures figures, IMeterFactory meters)
    {
        // The factory hands each host (each silo's container) its own meter, so silos sharing a process (tests)
        // never read each other's engines; the factory disposes it with the container.
        Meter = meters.Create(MeterName);
        var silo = new KeyValuePair<string, object?>("silo", figures.SiloId);
        Measurement<long> Of(long value) => new(value, silo);

        Meter.CreateObservableGauge("ledger.partitions", () => Of(figures.Counts.PartitionCount), "{partition}",
            "Partitions of the ledger, fixed when it was created.");
        Meter.CreateObservableGauge("ledger.partitions.owned", () => Of(figures.Counts.PartitionsOwned),
            "{partition}", "Partitions this silo owns (holds the lease of) now.");
        Meter.CreateObservableGauge("ledger.activations", () => Of(figures.Counts.Activations),
            "{activation}", "Borrowers live in memory on this silo now.");
        Meter.CreateObservableCounter("ledger.activations.activated", () => Of(figures.Counts.Activated),
            "{activation}", "Borrowers loaded into memory since the silo started.");
        Meter.CreateObservableCounter("ledger.activations.deactivated", () => Of(figures.Counts.Deactivated),
            "{activation}", "Borrowers dropped from memory (idle, over the limit, handed over) since the start.");
        Meter.CreateObservableCounter("ledger.commit.batches", () => Of(figures.Counts.CommitBatches),
            "{batch}", "Group commits of borrower turns to the store since the silo started.");
        Meter.CreateObservableCounter("ledger.commit.turns", () => Of(figures.Counts.CommittedTurns),
            "{turn}", "Borrower commands (accepted or rejected) made durable by group commits since the silo started.");
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
