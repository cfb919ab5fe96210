using Ledger.GrainInterfaces;

namespace Ledger.OperatorInterfaces;

/// <summary>When the end of day runs by itself: every business date closes at <see cref="At"/>, wall-clock time in
/// the IANA time zone <see cref="Zone"/> (for example 18:00 in <c>Asia/Shanghai</c>).</summary>
[GenerateSerializer, Immutable, Alias("ledger.EndOfDaySchedule")]
public sealed record EndOfDaySchedule
{
    [Id(0)] public required TimeOnly At { get; init; }

    [Id(1)] public required string Zone { get; init; }
}

/// <summary>What one check of the schedule did: the business date it looked at (none when the ledger has none or
/// no schedule is set), that date's closing time, and the result of the <c>EndOfDay</c> it sent (null when the
/// closing time had not passed yet and nothing was sent).</summary>
[GenerateSerializer, Immutable, Alias("ledger.ScheduledCheck")]
public sealed record ScheduledCheck
{
    [Id(0)] public DateOnly? BusinessDate { get; init; }

    [Id(1)] public DateTimeOffset? ClosesAt { get; init; }

    [Id(2)] public CommandResult? Sent { get; init; }
}

/// <summary>The scheduled end of day (key <see cref="GrainKeys.Ledger"/>): the schedule is grain state (not money)
/// and an Orleans reminder checks it once a minute. A check sends <c>EndOfDay{D}</c> with the id <c>eod:D</c> only
/// when D is the business date and D's closing time has passed, so a check repeated (a reminder delivered twice, or
/// again after a failover) is a retry of the same command and never closes a second day.</summary>
[Alias("ledger.IEndOfDayScheduleGrain")]
public interface IEndOfDayScheduleGrain : IGrainWithStringKey
{
    /// <summary>The schedule in force, or null when none is set.</summary>
    [Alias("GetSchedule")]
    Task<EndOfDaySchedule?> GetAsync();

    /// <summary>Sets (or replaces) the schedule and its reminder. A zone that is not a known IANA time zone throws
    /// <see cref="ArgumentException"/> (check it first with <see cref="ClosingTimes.TryFindZone"/>).</summary>
    [Alias("SetSchedule")]
    Task SetAsync(EndOfDaySchedule schedule);

    /// <summary>Removes the schedule and its reminder; the end of day then runs only when an operator sends it.
    /// </summary>
    [Alias("ClearSchedule")]
    Task ClearAsync();

    /// <summary>Checks the schedule now (what the reminder does every minute).</summary>
    [Alias("Check")]
    Task<ScheduledCheck> CheckAsync();

    /// <summary>Registers the reminder if a schedule is set and the reminder is missing (a silo calls it as it
    /// starts; an embedded silo's reminders live in memory).</summary>
    [Alias("EnsureReminder")]
    Task EnsureReminderAsync();
}

/// <summary>When a business date closes under a schedule.</summary>
public static class ClosingTimes
{
    /// <summary>The time zone of an IANA id (<c>Asia/Shanghai</c>, <c>UTC</c>); false with a one-line reason when
    /// there is none by that id.</summary>
    public static bool TryFindZone(string? id, out TimeZoneInfo zone, out string error)
    {
        zone = TimeZoneInfo.Utc;
        error = string.Empty;
        if (string.IsNullOrWhiteSpace(id))
        {
            error = "zone is required: an IANA time zone such as Asia/Shanghai.";
            return false;
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out var found))
        {
            error = $"zone '{id}' is not a known IANA time zone (such as Asia/Shanghai or UTC).";
            return false;
        }

        zone = found;
        return true;
    }

    /// <summary>The instant <paramref name="date"/> closes: that day at <paramref name="at"/> on the clocks of
    /// <paramref name="zone"/>. A time the clocks skip that day (a change to summer time) is taken as the standard
    /// offset gives it, which lands that much later in local time; a time they show twice (the change back) is its
    /// first occurrence.</summary>
    public static DateTimeOffset For(DateOnly date, TimeOnly at, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = date.ToDateTime(at, DateTimeKind.Unspecified);
        var offset = zone.IsAmbiguousTime(local)
            ? zone.GetAmbiguousTimeOffsets(local).Max()
            : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }
}
