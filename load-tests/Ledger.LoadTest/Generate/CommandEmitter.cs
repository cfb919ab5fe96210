using Ledger.Domain;

namespace Ledger.LoadTest.Generate;

/// <summary>A borrower-scope record already written, kept for a while so that the mixed kind can send it again (a
/// client retry) or send its id with other content (an id conflict).</summary>
internal readonly record struct RecentCommand(string Line, string Type, int Borrower, int Entity, long AmountMinor,
    long IdNumber);

/// <summary>Writes the records the traffic models decide on, keeping the <see cref="LedgerMirror"/> in step: each
/// method formats one command, applies it to the mirror and returns the outcome the ledger will give it. Command
/// ids are <c>c1</c>, <c>c2</c>, ... in stream order; borrowers are <c>B0000001</c>, ...</summary>
internal sealed class CommandEmitter(TextWriter output, LedgerMirror mirror, DateOnly firstDate, int recentCapacity)
{
    public const int BorrowerDigits = 7;

    private readonly RecordBuilder _record = new();
    private readonly Dictionary<int, string> _dates = [];
    private readonly RecentCommand[] _recent = new RecentCommand[recentCapacity];
    private int _recentCount;
    private int _recentNext;
    private long _nextId = 1;

    public LedgerMirror Mirror => mirror;

    public long Records { get; private set; }

    /// <summary>Records the mirror expects the ledger to accept (header, end of day and model commands; the raw
    /// records of the mixed kind are not predicted).</summary>
    public long PredictedAccepted { get; private set; }

    public int RecentCount => _recentCount;

    public RecentCommand Recent(int index) => _recent[index];

    public string Date(int day)
    {
        if (!_dates.TryGetValue(day, out var text))
        {
            text = Values.FormatDate(firstDate.AddDays(day));
            _dates.Add(day, text);
        }

        return text;
    }

    public long NextIdNumber() => _nextId++;

    public RecordBuilder Begin(string type) => _record.Begin(type, NextIdNumber());

    public RecordBuilder BeginFor(string type, int b) => Begin(type).Padded("borrower", 'B', b + 1L, BorrowerDigits);

    public void SetBusinessDate()
    {
        Write(_record.Begin("SetBusinessDate", "start").String("date", Date(0)).End(), CommandOutcome.Accepted);
    }

    public void EndOfDay()
    {
        var date = Date(mirror.Day);
        Write(_record.Begin("EndOfDay", "eod-" + date).String("date", date).End(), CommandOutcome.Accepted);
        mirror.EndOfDay();
    }

    public void OpenBorrower(int b, long limitMinor)
    {
        mirror.OpenBorrower(b, limitMinor);
        Write(BeginFor("OpenBorrower", b).Integer("limit", limitMinor).End(), CommandOutcome.Accepted);
    }

    public CommandOutcome SetBorrowerLimit(int b, long limitMinor)
    {
        mirror.SetLimit(b, limitMinor);
        return Remember(BeginFor("SetBorrowerLimit", b).Integer("limit", limitMinor), "SetBorrowerLimit", b, 0, 0,
            CommandOutcome.Accepted);
    }

    public CommandOutcome Freeze(int b, bool frozen)
    {
        mirror.SetFrozen(b, frozen);
        var type = frozen ? "FreezeBorrower" : "UnfreezeBorrower";
        return Remember(BeginFor(type, b), type, b, 0, 0, CommandOutcome.Accepted);
    }

    /// <summary>Opens the borrower's next line. Day count and penalty multiplier are written only when they are not
    /// the defaults (ACT/360, 1.5).</summary>
    public CommandOutcome OpenLine(int b, long limitMinor, long rateMicros, int expiryDay, int maturityDay,
        DayCount dayCount = DayCount.Act360, long multiplierHundredths = 150)
    {
        var number = mirror.OpenLine(b, limitMinor, rateMicros, expiryDay, maturityDay, dayCount,
            multiplierHundredths);
        var record = BeginFor("OpenCreditLine", b).Numbered("line", "QL", number).Integer("limit", limitMinor)
            .String("rate", Rate(rateMicros)).String("expiryDate", Date(expiryDay))
            .String("maturityDate", Date(maturityDay));
        WriteTerms(record, dayCount, multiplierHundredths);
        return Remember(record, "OpenCreditLine", b, number, 0, CommandOutcome.Accepted);
    }

    public CommandOutcome Draw(int b, long amountMinor) => LineAmount("Draw", b, amountMinor,
        mirror.Draw(b, amountMinor));

    public CommandOutcome Repay(int b, long amountMinor) => LineAmount("Repay", b, amountMinor,
        mirror.Repay(b, amountMinor));

    public CommandOutcome ChangeRate(int b, long rateMicros, int effectiveDay)
    {
        var number = mirror.Line(b).Number;
        var outcome = mirror.ChangeRate(b, rateMicros, effectiveDay);
        return Remember(BeginFor("ChangeRate", b).Numbered("line", "QL", number).String("rate", Rate(rateMicros))
            .String("effectiveDate", Date(effectiveDay)), "ChangeRate", b, number, 0, outcome);
    }

    public CommandOutcome CloseLine(int b)
    {
        var number = mirror.Line(b).Number;
        var outcome = mirror.CloseLine(b);
        return Remember(BeginFor("CloseLine", b).Numbered("line", "QL", number), "CloseLine", b, number, 0, outcome);
    }

    /// <summary>Defers the repayment of the borrower's line to <paramref name="maturityDay"/>.</summary>
    public CommandOutcome ExtendLine(int b, int maturityDay)
    {
        var number = mirror.Line(b).Number;
        var outcome = mirror.ExtendLine(b, maturityDay);
        return Remember(BeginFor("ExtendLine", b).Numbered("line", "QL", number)
            .String("maturityDate", Date(maturityDay)), "ExtendLine", b, number, 0, outcome);
    }

    /// <summary>Opens the borrower's next order on the current day with <paramref name="terms"/> (tranche count,
    /// amount, schedule, rate, maturity, supplier).</summary>
    public CommandOutcome OpenOrder(int b, in OrderState terms)
    {
        var number = mirror.OpenOrder(b, terms);
        ref readonly var order = ref mirror.Order(b);
        var record = BeginFor("OpenOrder", b).Numbered("order", "F", number).Numbered("supplier", "S", order.Supplier)
            .String("rate", Rate(order.RateMicros)).String("maturityDate", Date(order.MaturityDay));
        WriteTerms(record, order.DayCount, order.MultiplierHundredths);
        record.BeginArray("tranches");
        for (var t = 1; t <= order.TrancheCount; t++)
        {
            var due = order.ReleaseDay(t);
            record.Tranche(order.TrancheMinor, due == LineState.NoDay ? null : Date(due));
        }

        return Remember(record.EndArray(), "OpenOrder", b, number, 0, CommandOutcome.Accepted);
    }

    public CommandOutcome ReleaseTranche(int b, int tranche)
    {
        var number = mirror.Order(b).Number;
        var outcome = mirror.ReleaseTranche(b, tranche);
        return Remember(BeginFor("ReleaseTranche", b).Numbered("order", "F", number).Integer("tranche", tranche),
            "ReleaseTranche", b, number, 0, outcome);
    }

    public CommandOutcome RepayOrder(int b, long amountMinor)
    {
        var number = mirror.Order(b).Number;
        var outcome = mirror.RepayOrder(b, amountMinor);
        return Remember(BeginFor("RepayOrder", b).Numbered("order", "F", number).Integer("amount", amountMinor),
            "RepayOrder", b, number, amountMinor, outcome);
    }

    public CommandOutcome CancelOrder(int b)
    {
        var number = mirror.Order(b).Number;
        var outcome = mirror.CancelOrder(b);
        return Remember(BeginFor("CancelOrder", b).Numbered("order", "F", number), "CancelOrder", b, number, 0,
            outcome);
    }

    /// <summary>Defers the repayment of the borrower's order to <paramref name="maturityDay"/>.</summary>
    public CommandOutcome ExtendOrder(int b, int maturityDay)
    {
        var number = mirror.Order(b).Number;
        var outcome = mirror.ExtendOrder(b, maturityDay);
        return Remember(BeginFor("ExtendOrder", b).Numbered("order", "F", number)
            .String("maturityDate", Date(maturityDay)), "ExtendOrder", b, number, 0, outcome);
    }

    /// <summary>A record the mirror does not follow: an invalid command, a retry or an id conflict. None of them
    /// changes the books.</summary>
    public void Raw(string line) => Write(line, null);

    public static string Rate(long rateMicros) => Values.FormatFixed(rateMicros, 6);

    private CommandOutcome LineAmount(string type, int b, long amountMinor, CommandOutcome outcome)
    {
        var number = mirror.Line(b).Number;
        return Remember(BeginFor(type, b).Numbered("line", "QL", number).Integer("amount", amountMinor), type, b,
            number, amountMinor, outcome);
    }

    private static void WriteTerms(RecordBuilder record, DayCount dayCount, long multiplierHundredths)
    {
        if (dayCount != DayCount.Act360)
        {
            record.String("dayCount", Values.FormatDayCount(dayCount));
        }

        if (multiplierHundredths != 150)
        {
            record.String("penaltyMultiplier", Values.FormatFixed(multiplierHundredths, 2));
        }
    }

    private CommandOutcome Remember(RecordBuilder record, string type, int b, int entity, long amountMinor,
        CommandOutcome outcome)
    {
        var line = record.End();
        Write(line, outcome);
        if (_recent.Length > 0)
        {
            _recent[_recentNext] = new RecentCommand(line, type, b, entity, amountMinor, _nextId - 1);
            _recentNext = (_recentNext + 1) % _recent.Length;
            _recentCount = Math.Min(_recentCount + 1, _recent.Length);
        }

        return outcome;
    }

    private void Write(string line, CommandOutcome? predicted)
    {
        output.Write(line);
        output.Write('\n');
        Records++;
        if (predicted == CommandOutcome.Accepted)
        {
            PredictedAccepted++;
        }
    }
}
