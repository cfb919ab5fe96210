using Ledger.Grains;
using Ledger.Testing;
using Xunit;

namespace Ledger.Grains.Tests.BusinessDay;

/// <summary>The books in use a silo's sweep leaves alone (<see cref="LiveBooks.Snapshot"/>): found from the queue of
/// recent commands, so they must be exactly the books that decided a command within the idle time, however often or
/// seldom they did, and the queue must not grow with the books that are only live.</summary>
public sealed class LiveBooksTests
{
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(30);
    private static readonly DateOnly Closing = new(2024, 3, 1);

    private static int PartitionOf(string borrowerId) => borrowerId.Length % 3;

    private static List<string> InUse(LiveBooks live, TimeSpan idle) =>
        Enumerable.Range(0, 3).SelectMany(p => live.Snapshot(idle, Closing, PartitionOf).In(p).InUse)
            .Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void Snapshot_HoldsTheBooksThatDecidedWithinTheIdleTime_AndNoOther()
    {
        var clock = new ManualTimeProvider();
        var live = new LiveBooks(clock);
        live.Touched("B1");
        clock.Advance(TimeSpan.FromSeconds(20));
        live.Touched("B22");
        live.Touched("B333");
        live.Gone("B333");

        // B1 decided 20 s ago, B22 now; B333's grain left the silo.
        Assert.Equal(["B1", "B22"], InUse(live, Idle));

        clock.Advance(TimeSpan.FromSeconds(11));
        Assert.Equal(["B22"], InUse(live, Idle));

        clock.Advance(TimeSpan.FromSeconds(20));
        Assert.Empty(InUse(live, Idle));
        Assert.Empty(InUse(live, TimeSpan.Zero));
    }

    [Fact]
    public void Snapshot_KeepsABookThatDecidesEveryHalfSecond_InUseThroughout()
    {
        // A busy book is queued again only once a second; it must never look idle between its queued touches.
        var clock = new ManualTimeProvider();
        var live = new LiveBooks(clock);
        for (var i = 0; i < 200; i++)
        {
            live.Touched("B1");
            clock.Advance(TimeSpan.FromMilliseconds(500));
            Assert.Equal(["B1"], InUse(live, TimeSpan.FromSeconds(2)));
            clock.Advance(TimeSpan.FromMilliseconds(300));
        }

        Assert.InRange(live.QueuedTouches, 1, 40);
        var snapshot = live.Snapshot(Idle, Closing, PartitionOf).In(PartitionOf("B1"));
        Assert.Equal(["B1"], snapshot.InUse);
    }

    [Fact]
    public void Snapshot_CountsTheBooksInUseBehindTheDay_AndWhenTheFirstWillBeIdle()
    {
        var clock = new ManualTimeProvider();
        var live = new LiveBooks(clock);
        live.Touched("B11");
        live.Closed("B11", Closing.AddDays(-1));
        clock.Advance(TimeSpan.FromSeconds(5));
        live.Touched("B22");
        live.Closed("B22", Closing);
        // Same partition (PartitionOf: length % 3).
        var partition = live.Snapshot(Idle, Closing, PartitionOf).In(PartitionOf("B11"));

        Assert.Equal(["B11", "B22"], partition.InUse.Order(StringComparer.Ordinal));
        Assert.Equal(1, partition.InUseBehind);
        Assert.Equal(TimeSpan.FromSeconds(25), live.Until(partition.FirstIdleAt));
    }

    [Fact]
    public void Touches_LeaveTheQueue_OnceOlderThanTheIdleTime_WhileTheBooksStayLive()
    {
        var clock = new ManualTimeProvider();
        var live = new LiveBooks(clock);
        for (var i = 0; i < 10_000; i++)
        {
            live.Touched($"B{i:D6}");
        }

        Assert.Equal(10_000, live.QueuedTouches);
        clock.Advance(Idle + LiveBooks.Requeue + TimeSpan.FromSeconds(1));
        live.Touched("B999999");

        Assert.Equal(10_001, live.Count);
        Assert.Equal(1, live.QueuedTouches);
        Assert.Equal(["B999999"], InUse(live, Idle));
    }

    [Fact]
    public void Snapshot_AskingForALongerIdle_KeepsTouchesThatLong()
    {
        var clock = new ManualTimeProvider();
        var live = new LiveBooks(clock);
        Assert.Empty(InUse(live, TimeSpan.FromMinutes(2)));
        live.Touched("B1");
        clock.Advance(TimeSpan.FromSeconds(90));
        live.Touched("B22");

        Assert.Equal(["B1", "B22"], InUse(live, TimeSpan.FromMinutes(2)));
    }
}
