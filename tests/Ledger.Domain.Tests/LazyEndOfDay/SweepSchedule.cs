namespace Ledger.Domain.Tests.LazyEndOfDay;

/// <summary>When a lazy ledger's background sweep (<see cref="InMemoryLedger.CloseAllBooks"/>) runs during a
/// replay: never (books close only when touched, and at the snapshot), after every end of day, after every second
/// one, or at random with a fixed seed, after end of days or after any record. The sweep may run at any moment,
/// so the books must come out the same whichever of these it is.</summary>
internal sealed class SweepSchedule
{
    public const string Never = "never";
    public const string AfterEveryEndOfDay = "after-every-end-of-day";
    public const string AfterEverySecondEndOfDay = "after-every-second-end-of-day";
    private const string RandomAfterEndOfDayPrefix = "random-after-end-of-day:";
    private const string RandomAfterAnyRecordPrefix = "random-after-any-record:";

    private readonly Func<bool, bool> _shouldSweep;
    private int _endOfDays;

    private SweepSchedule(Func<SweepSchedule, bool, bool> shouldSweep)
    {
        _shouldSweep = isEndOfDay => shouldSweep(this, isEndOfDay);
    }

    /// <summary>The schedules the theories run, by name (xunit shows the name).</summary>
    public static readonly string[] Names =
    [
        Never, AfterEveryEndOfDay, AfterEverySecondEndOfDay,
        RandomAfterEndOfDay(17), RandomAfterEndOfDay(4_242), RandomAfterAnyRecord(99),
    ];

    public static string RandomAfterEndOfDay(int seed) => $"{RandomAfterEndOfDayPrefix}{seed}";

    public static string RandomAfterAnyRecord(int seed) => $"{RandomAfterAnyRecordPrefix}{seed}";

    public static SweepSchedule Named(string name)
    {
        // Seeded System.Random is deterministic and fine for test schedules (CA5394 is about security).
#pragma warning disable CA5394
        if (name.StartsWith(RandomAfterEndOfDayPrefix, StringComparison.Ordinal))
        {
            var random = new Random(int.Parse(name[RandomAfterEndOfDayPrefix.Length..]));
            return new SweepSchedule((_, isEndOfDay) => isEndOfDay && random.Next(2) == 0);
        }

        if (name.StartsWith(RandomAfterAnyRecordPrefix, StringComparison.Ordinal))
        {
            var random = new Random(int.Parse(name[RandomAfterAnyRecordPrefix.Length..]));
            return new SweepSchedule((_, _) => random.Next(10) == 0);
        }
#pragma warning restore CA5394

        return name switch
        {
            Never => new SweepSchedule((_, _) => false),
            AfterEveryEndOfDay => new SweepSchedule((_, isEndOfDay) => isEndOfDay),
            AfterEverySecondEndOfDay => new SweepSchedule((s, isEndOfDay) => isEndOfDay && s._endOfDays % 2 == 0),
            _ => throw new ArgumentException($"No sweep schedule named {name}.", nameof(name)),
        };
    }

    /// <summary>Whether to sweep after a record; <paramref name="isEndOfDay"/> when it was an accepted end of
    /// day (a new one, not a retry).</summary>
    public bool ShouldSweepAfter(bool isEndOfDay)
    {
        if (isEndOfDay)
        {
            _endOfDays++;
        }

        return _shouldSweep(isEndOfDay);
    }
}
