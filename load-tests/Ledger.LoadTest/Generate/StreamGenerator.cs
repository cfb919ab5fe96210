using System.Diagnostics;
using System.Globalization;

namespace Ledger.LoadTest.Generate;

/// <summary>The product a synthetic stream models.</summary>
internal enum StreamKind
{
    QuickLoan,
    Broiler,
    Mixed,
}

/// <summary>What to generate. Either <see cref="PerDay"/> (then exactly <see cref="Days"/> days of
/// <see cref="PerDay"/> commands and an EndOfDay each) or <see cref="Records"/> (then exactly that many lines,
/// spread evenly over <see cref="Days"/> days, fewer days when there are too few records for each to have its
/// EndOfDay).</summary>
internal sealed record GeneratorSettings(StreamKind Kind, ulong Seed, int Borrowers, int Days, int? PerDay,
    long? Records, DateOnly FirstDate)
{
    /// <summary>Days when <see cref="Records"/> is given without a number of days: two months, which holds a whole
    /// broiler cycle and lets the delinquent credit lines expire and go overdue.</summary>
    public const int DefaultDays = 60;

    public static readonly DateOnly DefaultFirstDate = new(2024, 3, 1);

    /// <summary>The header: SetBusinessDate and one OpenBorrower per borrower.</summary>
    public long HeaderRecords => 1L + Borrowers;

    /// <summary>Why these settings cannot make a stream, or null.</summary>
    public string? Problem() =>
        Borrowers < 1 ? "--borrowers must be at least 1"
        : Borrowers > 9_999_999 ? "--borrowers must be at most 9999999"
        : Days < 0 ? "--days must not be negative"
        : (PerDay is null) == (Records is null) ? "give either --per-day (with --days) or --records"
        : PerDay < 0 ? "--per-day must not be negative"
        : Records > HeaderRecords && Days < 1 ? "--records beyond the header needs --days of at least 1"
        : Records < HeaderRecords
            ? string.Create(CultureInfo.InvariantCulture,
                $"--records must be at least {HeaderRecords} (SetBusinessDate and one OpenBorrower per borrower)")
        : null;

    /// <summary>Number of days the stream will hold.</summary>
    public int EffectiveDays => Records is { } records ? (int)Math.Min(Days, records - HeaderRecords) : Days;

    /// <summary>Commands on <paramref name="day"/>, its EndOfDay not counted.</summary>
    public long CommandsOn(int day)
    {
        if (PerDay is { } perDay)
        {
            return perDay;
        }

        var body = Records!.Value - HeaderRecords;
        var days = EffectiveDays;
        return (body * (day + 1) / days) - (body * day / days) - 1;
    }
}

/// <summary>The counts of one generated stream.</summary>
internal sealed record GenerateSummary(long Records, int Borrowers, int Days, double Seconds, long PredictedAccepted)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"records={Records} borrowers={Borrowers} days={Days} seconds={Seconds:F3}");
}

/// <summary>Writes a deterministic synthetic stream: SetBusinessDate, an OpenBorrower per borrower, then per business
/// day the day's commands and its EndOfDay. The same settings give the same bytes, on any machine and .NET version:
/// one <see cref="SplitMix64"/> drives every choice, in one fixed order, with integer arithmetic only. Records are
/// written as they are made; what is kept is a few dozen bytes per borrower.</summary>
internal static class StreamGenerator
{
    private const int Attempts = 16;
    private const int MixedRecentCommands = 256;

    public static GenerateSummary Generate(GeneratorSettings settings, TextWriter output)
    {
        if (settings.Problem() is { } problem)
        {
            throw new ArgumentException(problem, nameof(settings));
        }

        var clock = Stopwatch.StartNew();
        var random = new SplitMix64(settings.Seed);
        var days = settings.EffectiveDays;
        var kind = settings.Kind;
        var mirror = new LedgerMirror(settings.Borrowers, withLines: kind != StreamKind.Broiler,
            withOrders: kind != StreamKind.QuickLoan);
        var emit = new CommandEmitter(output, mirror, settings.FirstDate,
            kind == StreamKind.Mixed ? MixedRecentCommands : 0);
        var picker = new BorrowerPicker(random, settings.Borrowers, skewed: kind != StreamKind.Broiler);
        var lines = new CreditLineTraffic(random, emit, settings.Seed, days, varyTerms: kind == StreamKind.Mixed);
        var flocks = new FlockTraffic(random, emit, settings.Seed, settings.Borrowers, days,
            deferrals: kind == StreamKind.Mixed);
        var mixed = new MixedTraffic(random, emit, settings.Seed, lines, flocks, picker);

        emit.SetBusinessDate();
        for (var b = 0; b < settings.Borrowers; b++)
        {
            emit.OpenBorrower(b, kind switch
            {
                StreamKind.QuickLoan => lines.NextBorrowerLimit(),
                StreamKind.Broiler => flocks.NewFarm(b),
                _ => mixed.NewBorrower(b),
            });
        }

        for (var day = 0; day < days; day++)
        {
            for (var i = settings.CommandsOn(day); i > 0; i--)
            {
                switch (kind)
                {
                    case StreamKind.QuickLoan:
                        EmitQuickLoan(lines, picker);
                        break;
                    case StreamKind.Broiler:
                        EmitBroiler(flocks, picker);
                        break;
                    default:
                        mixed.EmitOne();
                        break;
                }
            }

            emit.EndOfDay();
        }

        output.Flush();
        return new GenerateSummary(emit.Records, settings.Borrowers, days, clock.Elapsed.TotalSeconds,
            emit.PredictedAccepted);
    }

    private static void EmitQuickLoan(CreditLineTraffic lines, BorrowerPicker picker)
    {
        var b = 0;
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            b = picker.Pick();
            if (lines.TryEmit(b))
            {
                return;
            }
        }

        lines.EmitDrawAttempt(b);
    }

    private static void EmitBroiler(FlockTraffic flocks, BorrowerPicker picker)
    {
        var b = 0;
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            b = picker.Pick();
            if (flocks.TryEmitDue(b))
            {
                return;
            }
        }

        flocks.EmitAhead(b);
    }
}
