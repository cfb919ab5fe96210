using Ledger.Testing;

namespace Ledger.Storage.Tests.Testing;

public sealed class ManualTimeProviderTests
{
    private static readonly DateTimeOffset Start = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Advance_ByDelta_MovesUtcNowAndTimestamp()
    {
        var time = new ManualTimeProvider(Start);
        var before = time.GetTimestamp();

        time.Advance(TimeSpan.FromSeconds(90));

        Assert.Equal(Start.AddSeconds(90), time.GetUtcNow());
        Assert.Equal(TimeSpan.FromSeconds(90), time.GetElapsedTime(before));
    }

    [Fact]
    public void Advance_PastSeveralTimers_FiresThemInDueOrderAtTheirDueTimes()
    {
        var time = new ManualTimeProvider(Start);
        var fired = new List<(string Name, DateTimeOffset At)>();
        using var late = time.CreateTimer(_ => fired.Add(("late", time.GetUtcNow())), null,
            TimeSpan.FromSeconds(20), Timeout.InfiniteTimeSpan);
        using var periodic = time.CreateTimer(_ => fired.Add(("periodic", time.GetUtcNow())), null,
            TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(8));

        time.Advance(TimeSpan.FromSeconds(25));

        Assert.Equal(
            [("periodic", Start.AddSeconds(8)), ("periodic", Start.AddSeconds(16)), ("late", Start.AddSeconds(20)),
                ("periodic", Start.AddSeconds(24))],
            fired);
        Assert.Equal(Start.AddSeconds(25), time.GetUtcNow());
    }

    [Fact]
    public async Task Delay_WithManualTime_CompletesOnlyWhenAdvancedPastIt()
    {
        var time = new ManualTimeProvider(Start);

        var delay = Task.Delay(TimeSpan.FromSeconds(5), time);
        time.Advance(TimeSpan.FromSeconds(4));
        Assert.False(delay.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));

        await delay.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void Dispose_OfATimer_StopsItFiring()
    {
        var time = new ManualTimeProvider(Start);
        var fired = 0;
        var timer = time.CreateTimer(_ => fired++, null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));

        time.Advance(TimeSpan.FromSeconds(2));
        timer.Dispose();
        time.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal(2, fired);
    }
}
