using System.Globalization;
using Ledger.GrainInterfaces;
using Ledger.OperatorInterfaces;
using Microsoft.Extensions.Logging;
using Orleans.Runtime;

namespace Ledger.Grains;

/// <summary>The clock the scheduled end of day reads to tell whether a business date's closing time has passed: the
/// system's, or a test's.</summary>
public sealed class ScheduleClock(TimeProvider time)
{
    public TimeProvider Time { get; } = time;
}

/// <summary>Names the silo's configuration needs.</summary>
public static class OperatorGrainState
{
    /// <summary>The grain storage provider of the ledger's grain state that holds no money (the end-of-day
    /// schedule): <c>Persistence.AdoNet</c> in cluster mode, the SQLite store when embedded.</summary>
    public const string StorageName = "ledger-operator";

    /// <summary>The scheduled end of day's reminder.</summary>
    public const string ReminderName = "end-of-day";
}

/// <summary>The schedule as stored (grain state that holds no money: <c>Persistence.AdoNet</c> on PostgreSQL, the
/// SQLite store's grain state table when embedded): minutes after midnight and the zone's id, or no zone when off.
/// </summary>
[GenerateSerializer, Alias("ledger.EndOfDayScheduleState")]
public sealed class EndOfDayScheduleState
{
    [Id(0)] public int MinuteOfDay { get; set; }

    [Id(1)] public string? Zone { get; set; }
}

/// <summary>The scheduled end of day (<see cref="IEndOfDayScheduleGrain"/>). Its reminder ticks once a minute (the
/// reminders' shortest period), starting on a minute boundary; each tick closes at most one day: the business date
/// D, once D's closing time has passed, with <c>EndOfDay{D}</c> and the id <c>eod:D</c>. A ledger several days
/// behind therefore catches up one day a minute. The ledger grain decides: the id's outcome is recorded once, so
/// the same tick delivered twice (or by a new activation after a failover, which read the same business date) is a
/// retry answered from the record, and a tick that finds the date moved on looks at the new date and its own
/// closing time.</summary>
internal sealed partial class EndOfDayScheduleGrain(
    [PersistentState("schedule", OperatorGrainState.StorageName)] IPersistentState<EndOfDayScheduleState> state,
    ScheduleClock clock, ILogger<EndOfDayScheduleGrain> logger) : Grain, IEndOfDayScheduleGrain, IRemindable
{
    private const string ReminderName = OperatorGrainState.ReminderName;

    private static readonly TimeSpan Period = TimeSpan.FromMinutes(1);

    public Task<EndOfDaySchedule?> GetAsync() => Task.FromResult(Current);

    private EndOfDaySchedule? Current => state.State.Zone is { } zone
        ? new EndOfDaySchedule { At = TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(state.State.MinuteOfDay)), Zone = zone }
        : null;

    public async Task SetAsync(EndOfDaySchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        if (!ClosingTimes.TryFindZone(schedule.Zone, out _, out var error))
        {
            throw new ArgumentException(error, nameof(schedule));
        }

        state.State.MinuteOfDay = (schedule.At.Hour * 60) + schedule.At.Minute;
        state.State.Zone = schedule.Zone.Trim();
        await state.WriteStateAsync();
        await RegisterAsync();
        LogScheduled(logger, schedule.At.ToString("HH:mm", CultureInfo.InvariantCulture), state.State.Zone);
    }

    public async Task ClearAsync()
    {
        state.State.Zone = null;
        state.State.MinuteOfDay = 0;
        await state.WriteStateAsync();
        if (await this.GetReminder(ReminderName) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }

        LogCleared(logger);
    }

    public async Task EnsureReminderAsync()
    {
        if (Current is not null && await this.GetReminder(ReminderName) is null)
        {
            await RegisterAsync();
        }
    }

    /// <summary>First tick at the next minute boundary of the system clock (reminders run on it), then every minute.
    /// </summary>
    private Task<IGrainReminder> RegisterAsync()
    {
        var now = TimeProvider.System.GetUtcNow();
        var due = TimeSpan.FromTicks(Period.Ticks - (now.UtcTicks % Period.Ticks));
        return this.RegisterOrUpdateReminder(ReminderName, due, Period);
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != ReminderName)
        {
            return;
        }

        try
        {
            await CheckAsync();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The next tick checks again; the ledger's record of eod:D makes that a retry.
            LogTickFailed(logger, ex);
        }
    }

    public async Task<ScheduledCheck> CheckAsync()
    {
        if (Current is not { } schedule || !ClosingTimes.TryFindZone(schedule.Zone, out var zone, out _))
        {
            return new ScheduledCheck();
        }

        var date = await GrainFactory.GetGrain<ILedgerGrain>(GrainKeys.Ledger).GetBusinessDateAsync();
        if (date is not { } day)
        {
            return new ScheduledCheck();
        }

        var closesAt = ClosingTimes.For(day, schedule.At, zone);
        if (clock.Time.GetUtcNow() < closesAt)
        {
            return new ScheduledCheck { BusinessDate = day, ClosesAt = closesAt };
        }

        var id = $"eod:{day:yyyy-MM-dd}";
        var result = await GrainFactory.GetGrain<ILedgerOperatorGrain>(GrainKeys.Ledger)
            .EndOfDayAsync(new EndOfDayCommand { Id = id, Date = day });
        LogSent(logger, id, result.Status.ToString(), result.Outcome);
        return new ScheduledCheck { BusinessDate = day, ClosesAt = closesAt, Sent = result };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "End of day scheduled daily at {At} in {Zone}")]
    private static partial void LogScheduled(ILogger logger, string at, string zone);

    [LoggerMessage(Level = LogLevel.Information, Message = "End of day schedule removed")]
    private static partial void LogCleared(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled end of day sent {Id}: {Status} {Outcome}")]
    private static partial void LogSent(ILogger logger, string id, string status, string outcome);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scheduled end of day check failed; the next tick retries")]
    private static partial void LogTickFailed(ILogger logger, Exception exception);
}
