using Ledger.Domain;

namespace Ledger.LoadTest.Generate;

/// <summary>Broiler farms financed by orders (the JD agricultural loan style): each flock is an order of six equal
/// weekly tranches paid to the farm's feed supplier (S1..S20); the first is released by command when the chicks
/// arrive, the other five are scheduled a week apart and released by end of day, a few of them confirmed early by
/// a ReleaseTranche command. The order matures 45 days after opening; the birds are sold around day 42 and the
/// sales repay the order in one or two RepayOrders, the last one exactly what is owed. About one flock in ten sells
/// late, after maturity, and pays penalty interest. A farm starts its next flock 3 to 14 days after settling.
/// When more commands are asked for than the farms' calendars hold, farms run ahead of their calendars: they
/// confirm milestones early, sell early and start the next flock early, so each flock keeps its shape (open,
/// six releases, one or two repayments) in a shorter time. With deferrals (the mixed kind; the broiler kind stays as it
/// was), the lender defers the repayment of a flock that will sell late until a few days after the sale, half the
/// time two days before it matures and half the time two days after it fell overdue, and defers by two weeks, once,
/// half of the flocks whose tranches are stuck at maturity instead of cancelling them.</summary>
internal sealed class FlockTraffic
{
    private const int Tranches = 6;
    private const int IntervalDays = 7;
    private const int MaturityDays = 45;
    private const int Suppliers = 20;

    private static readonly long[] RatesMicros = [65_000, 72_000, 86_000];
    private static readonly long[] TranchesMinor = [300_000, 600_000, 1_200_000, 2_400_000];

    private readonly SplitMix64 _random;
    private readonly CommandEmitter _emit;
    private readonly ulong _seed;
    private readonly int _firstFlockWindowDays;
    private readonly long[] _trancheMinor;
    private readonly int[] _nextFlockDay;
    private readonly int[] _saleDay;
    private readonly byte[] _salePayments;
    private readonly bool _deferrals;

    public FlockTraffic(SplitMix64 random, CommandEmitter emit, ulong seed, int borrowers, int days,
        bool deferrals = false)
    {
        _deferrals = deferrals;
        _random = random;
        _emit = emit;
        _seed = seed;
        _firstFlockWindowDays = Math.Clamp(days / 2, 1, 42);
        _trancheMinor = new long[borrowers];
        _nextFlockDay = new int[borrowers];
        _saleDay = new int[borrowers];
        _salePayments = new byte[borrowers];
    }

    private LedgerMirror Mirror => _emit.Mirror;

    /// <summary>Sizes a new farm (its weekly feed bill) and staggers its first flock; returns its aggregate limit,
    /// room for one and a half flocks.</summary>
    public long NewFarm(int b)
    {
        var baseMinor = TranchesMinor[_random.Next(TranchesMinor.Length)];
        _trancheMinor[b] = baseMinor * _random.NextInRange(80, 120) / 100 / 1_000 * 1_000;
        _nextFlockDay[b] = _random.Next(_firstFlockWindowDays);
        return _trancheMinor[b] * Tranches * 3 / 2 / 10_000 * 10_000;
    }

    /// <summary>Sends the step of the farm's calendar that is due today, or returns false when none is.</summary>
    public bool TryEmitDue(int b)
    {
        ref readonly var order = ref Mirror.Order(b);
        var day = Mirror.Day;
        if (order.Number == 0 || order.IsSettled)
        {
            if (day < _nextFlockDay[b])
            {
                return false;
            }

            OpenFlock(b);
            return true;
        }

        var next = order.NextPending;
        if (next > 0 && day > order.MaturityDay)
        {
            if (_deferrals && order.Extensions == 0 && _random.Chance(500))
            {
                // Two more weeks to finish the flock: the stuck tranches are released again by end of day.
                _emit.ExtendOrder(b, day + 14);
                return true;
            }

            // Tranches still pending at maturity (the borrower was frozen or over its limit): close the order.
            _emit.CancelOrder(b);
            return true;
        }

        if (_deferrals && order.Extensions == 0 && _saleDay[b] > order.MaturityDay
            && order.Loan.TotalOwedMinor > 0 && day >= DeferralDay(b, order.MaturityDay))
        {
            // The flock sells late: its repayment is deferred until a few days after the sale.
            _emit.ExtendOrder(b, Math.Max(day, _saleDay[b]) + 3);
            return true;
        }

        if (next > 0 && Mirror.CheckRelease(b, next) == CommandOutcome.Accepted
            && (order.ReleaseDay(next) == LineState.NoDay
                || (order.ReleaseDay(next) <= day + 2 && _random.Chance(150))))
        {
            // The chicks arrived (first tranche), or a feeding stage confirmed a day or two early.
            _emit.ReleaseTranche(b, next);
            return true;
        }

        if (day >= _saleDay[b] && order.Loan.TotalOwedMinor > 0)
        {
            EmitSale(b);
            return true;
        }

        return false;
    }

    /// <summary>Sends the farm's next step ahead of its calendar: always possible.</summary>
    public void EmitAhead(int b)
    {
        ref readonly var order = ref Mirror.Order(b);
        if (order.Number == 0 || order.IsSettled)
        {
            OpenFlock(b);
            return;
        }

        var next = order.NextPending;
        if (next > 0 && Mirror.CheckRelease(b, next) == CommandOutcome.Accepted)
        {
            _emit.ReleaseTranche(b, next);
        }
        else if (order.Loan.TotalOwedMinor > 0)
        {
            // The birds go to market early.
            EmitSale(b);
        }
        else if (next > 0)
        {
            // Nothing owed, the next tranche refused (frozen, matured, over the limit): the attempt is refused.
            _emit.ReleaseTranche(b, next);
        }
        else
        {
            OpenFlock(b);
        }
    }

    /// <summary>Two days before maturity or two days after it, half the farms each.</summary>
    private int DeferralDay(int b, int maturityDay) =>
        maturityDay + (SplitMix64.Mix(_seed ^ 0xDEFE, (ulong)b) % 2 == 0 ? -2 : 2);

    private void OpenFlock(int b)
    {
        var supplier = _random.Chance(100)
            ? 1 + _random.Next(Suppliers)
            : 1 + (int)(SplitMix64.Mix(_seed, (ulong)b) % Suppliers);
        var terms = new OrderState
        {
            Supplier = supplier,
            RateMicros = RatesMicros[_random.Next(RatesMicros.Length)],
            DayCount = DayCount.Act360,
            MultiplierHundredths = 150,
            MaturityDay = Mirror.Day + MaturityDays,
            TrancheCount = Tranches,
            Unscheduled = 1,
            IntervalDays = IntervalDays,
            TrancheMinor = _trancheMinor[b],
        };
        _emit.OpenOrder(b, terms);
        _saleDay[b] = _random.Chance(100)
            ? terms.MaturityDay + (int)_random.NextInRange(2, 12)
            : Mirror.Day + (int)_random.NextInRange(40, 44);
        _salePayments[b] = 0;
    }

    /// <summary>The birds are sold: the first payment covers most of the order, the next one the rest to the fen.
    /// </summary>
    private void EmitSale(int b)
    {
        ref readonly var order = ref Mirror.Order(b);
        var owedMinor = order.Loan.TotalOwedMinor;
        if (_salePayments[b] == 0 && _random.Chance(600))
        {
            _emit.RepayOrder(b, Math.Max(1, owedMinor * _random.NextInRange(55, 80) / 100 / 100 * 100));
        }
        else
        {
            _emit.RepayOrder(b, owedMinor);
        }

        _salePayments[b]++;
        if (Mirror.Order(b).IsSettled)
        {
            _nextFlockDay[b] = Mirror.Day + (int)_random.NextInRange(3, 14);
        }
    }
}
