namespace Ledger.Testing;

/// <summary>
/// A clock that only moves when a test calls <see cref="Advance"/>, so that lease expiry and timeouts are
/// tested without sleeping. Timers created through it (including <c>Task.Delay(delay, provider)</c>) fire
/// inside <see cref="Advance"/>, in due-time order, on the calling thread.
/// </summary>
public sealed class ManualTimeProvider : TimeProvider
{
    private readonly Lock _lock = new();
    private readonly List<ManualTimer> _timers = [];
    private DateTimeOffset _utcNow;

    /// <summary>Starts at <paramref name="start"/>; a whole second keeps stored times exact in every store.
    /// </summary>
    public ManualTimeProvider(DateTimeOffset start)
    {
        _utcNow = start;
    }

    public ManualTimeProvider()
        : this(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero))
    {
    }

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_lock)
        {
            return _utcNow;
        }
    }

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    /// <summary>Moves the clock forward by <paramref name="delta"/>, firing every timer that falls due on
    /// the way at its due time.</summary>
    public void Advance(TimeSpan delta)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delta, TimeSpan.Zero);
        DateTimeOffset target;
        lock (_lock)
        {
            target = _utcNow + delta;
        }

        while (TakeNextDue(target) is { } timer)
        {
            timer.Fire();
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>The earliest timer due at or before <paramref name="target"/>, with the clock moved to its due
    /// time and the timer rescheduled (periodic) or disarmed; or null, with the clock moved to the target.
    /// </summary>
    private ManualTimer? TakeNextDue(DateTimeOffset target)
    {
        lock (_lock)
        {
            var next = _timers.Where(t => t.DueAt <= target).MinBy(t => t.DueAt);
            if (next is null)
            {
                _utcNow = target;
                return null;
            }

            _utcNow = next.DueAt > _utcNow ? next.DueAt : _utcNow;
            if (next.Period > TimeSpan.Zero && next.Period != Timeout.InfiniteTimeSpan)
            {
                next.DueAt += next.Period;
            }
            else
            {
                _timers.Remove(next);
            }

            return next;
        }
    }

    private sealed class ManualTimer(ManualTimeProvider owner, TimerCallback callback, object? state) : ITimer
    {
        internal DateTimeOffset DueAt { get; set; }

        internal TimeSpan Period { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (owner._lock)
            {
                owner._timers.Remove(this);
                Period = period;
                if (dueTime == Timeout.InfiniteTimeSpan)
                {
                    return true;
                }

                ArgumentOutOfRangeException.ThrowIfLessThan(dueTime, TimeSpan.Zero);
                DueAt = owner._utcNow + dueTime;
                owner._timers.Add(this);
                return true;
            }
        }

        internal void Fire() => callback(state);

        public void Dispose()
        {
            lock (owner._lock)
            {
                owner._timers.Remove(this);
            }
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
