using Microsoft.Extensions.Configuration;

namespace Ledger.Silo.Tests.Settings;

/// <summary>The silo's settings as the command line or <c>LEDGER_</c> variables give them, down to the options of its
/// grains, sweep and grain collection.</summary>
public sealed class SiloSettingsTests
{
    private static SiloSettings From(params (string Key, string Value)[] values) =>
        SiloSettings.From(new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value)))
            .Build());

    private static Ledger.Grains.BookSweepOptions Sweep(params (string Key, string Value)[] values) =>
        OrleansSilo.SweepOptions(From(values));

    private static Ledger.Grains.LedgerGrainOptions GrainsOf(params (string Key, string Value)[] values) =>
        OrleansSilo.GrainOptions(From(values), "silo-1");

    [Fact]
    public void SweepBooksPerCommit_DefaultsTo500AndIsTakenFromTheSetting()
    {
        Assert.Equal(500, Sweep().BooksPerCommit);
        Assert.Equal(1_200, Sweep(("sweepBooksPerCommit", "1200")).BooksPerCommit);
    }

    [Fact]
    public void Sweep_IsOnByDefaultAndCanBeTurnedOff()
    {
        Assert.True(Sweep().Enabled);
        Assert.False(Sweep(("sweep", "false")).Enabled);
    }

    [Fact]
    public void SweepLiveIdle_DefaultsToThirtySecondsAndIsTakenFromTheSetting()
    {
        Assert.Equal(TimeSpan.FromSeconds(30), Sweep().LiveIdleOrDefault);
        Assert.Equal(TimeSpan.Zero, Sweep(("sweepLiveIdleSeconds", "0")).LiveIdleOrDefault);
        Assert.Equal(TimeSpan.FromSeconds(2.5), Sweep(("sweepLiveIdleSeconds", "2.5")).LiveIdleOrDefault);
    }

    [Theory]
    [InlineData("sweepLiveIdleSeconds", "-1")]
    [InlineData("sweepBooksPerCommit", "0")]
    [InlineData("sweepBooksPerCommit", "-5")]
    [InlineData("commitLanes", "0")]
    [InlineData("commitLanes", "-1")]
    [InlineData("sweepWorkers", "0")]
    [InlineData("sweepBusyWorkers", "0")]
    [InlineData("memoryLimitMb", "-1")]
    [InlineData("memoryLimitMb", "255")]
    [InlineData("commitDelayMs", "-1")]
    public void CountSetting_NotPositive_IsRefusedNamingTheSetting(string key, string value)
    {
        var error = Assert.Throws<SiloSettingsException>(() => From((key, value)));

        Assert.Contains($"--{key}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CommitLanes_IsTakenFromTheSettingAndDefaultsToTwo()
    {
        Assert.Equal(3, GrainsOf(("commitLanes", "3")).CommitLanes);
        Assert.Equal(2, GrainsOf().CommitLanes);
    }

    [Theory]
    [InlineData("--runtime", "engine")]
    [InlineData("--leaseSeconds", "5")]
    [InlineData("--endpoint", "http://127.0.0.1:5000")]
    public void HomeMadeRuntimeOption_IsUnknown(string option, string value)
    {
        var error = Assert.Throws<SiloSettingsException>(() => SiloCommandLine.Validate([option, value]));

        Assert.Equal($"unknown option {option} (see --help).", error.Message);
    }

    [Fact]
    public void CommitDelay_IsTakenFromTheSettingAndDefaultsToNone()
    {
        Assert.Equal(TimeSpan.FromMilliseconds(2.5), GrainsOf(("commitDelayMs", "2.5")).CommitDelay);
        Assert.Equal(TimeSpan.Zero, GrainsOf().CommitDelay);
    }

    [Fact]
    public void Partitions_AreTheNewLedgersPartitionCount()
    {
        Assert.Equal(256, GrainsOf().PartitionCount);
        Assert.Equal(16, GrainsOf(("partitions", "16")).PartitionCount);
    }

    [Fact]
    public void SweepWorkers_IsTakenFromTheSettingAndDefaultsToTwoPerCore()
    {
        Assert.Equal(6, Sweep(("sweepWorkers", "6")).Workers);
        Assert.Equal(2 * Environment.ProcessorCount, Sweep().Workers);
    }

    [Fact]
    public void SweepBusyWorkers_IsTakenFromTheSettingAndDefaultsToOne()
    {
        Assert.Equal(1, Sweep().BusyWorkers);
        Assert.Equal(3, Sweep(("sweepBusyWorkers", "3")).BusyWorkers);
    }

    [Fact]
    public void MemoryLimit_FollowsTheActivationCeilingUnlessSet()
    {
        Assert.Equal(MemoryBudget.DefaultMegabytes(100_000), From().MemoryLimitMb);
        Assert.Equal(MemoryBudget.DefaultMegabytes(1_000_000), From(("maxActivations", "1000000")).MemoryLimitMb);
        Assert.True(MemoryBudget.DefaultMegabytes(1_000_000) > MemoryBudget.DefaultMegabytes(100_000));
        Assert.Equal(2048, From(("maxActivations", "1000000"), ("memoryLimitMb", "2048")).MemoryLimitMb);
        Assert.Equal(0, From(("memoryLimitMb", "0")).MemoryLimitMb);
    }

    [Fact]
    public void MemoryBudget_Default_IsTheFixedPartAndSixKilobytesPerBook_ItsHeapTheBudgetLessWhatLivesOutside()
    {
        Assert.Equal(MemoryBudget.BaseMegabytes, MemoryBudget.DefaultMegabytes(0));
        // 100,000 books × 6 KB = 585.9 MB, rounded up.
        Assert.Equal(MemoryBudget.BaseMegabytes + 586, MemoryBudget.DefaultMegabytes(100_000));
        Assert.Equal(1098 - MemoryBudget.OutsideHeapMegabytes, MemoryBudget.HeapMegabytes(1098));
        Assert.Equal(256, From(("memoryLimitMb", "256")).MemoryLimitMb);
    }

    [Fact]
    public void OrleansPorts_DefaultToOrleansOwn_AndAreTakenFromTheSettings()
    {
        Assert.Equal((11111, 30000), (From().SiloPort, From().GatewayPort));
        var settings = From(("siloPort", "12000"), ("gatewayPort", "31000"));

        Assert.Equal((12000, 31000), (settings.SiloPort, settings.GatewayPort));
    }

    [Theory]
    [InlineData("siloPort", "0")]
    [InlineData("gatewayPort", "70000")]
    public void OrleansSetting_OutOfRange_IsRefusedNamingIt(string key, string value)
    {
        var error = Assert.Throws<SiloSettingsException>(() => From((key, value)));

        Assert.Contains("--" + key, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GrainCollection_AgeIsTheIdleTimeout_AndShedsUnderAMemoryBudgetOnly()
    {
        var options = new Orleans.Configuration.GrainCollectionOptions();
        OrleansSilo.ConfigureCollection(options, From(("idleTimeoutSeconds", "120")));

        Assert.Equal(TimeSpan.FromSeconds(120), options.CollectionAge);
        Assert.True(options.CollectionQuantum < options.CollectionAge);
        Assert.True(options.EnableActivationSheddingOnMemoryPressure);
        Assert.True(options.MemoryUsageTargetPercentage < options.MemoryUsageLimitPercentage);
        // Headroom for a bulk load's growth between two looks at the heap (see ConfigureCollection).
        Assert.True(options.MemoryUsagePollingPeriod <= TimeSpan.FromSeconds(1), $"{options.MemoryUsagePollingPeriod}");
        Assert.True(options.MemoryUsageLimitPercentage <= 70, $"{options.MemoryUsageLimitPercentage} %");

        OrleansSilo.ConfigureCollection(options, From(("memoryLimitMb", "0")));
        Assert.False(options.EnableActivationSheddingOnMemoryPressure);
    }

    [Theory]
    [InlineData(null, 100_000)]
    [InlineData("250000", 250_000)]
    [InlineData("2000", 10_000)]
    public void DirectoryCache_IsSizedByTheActivationCeiling_NotOrleansMillion(string? maxActivations, int expected)
    {
        // Every activation's address is cached, and the dashboard reads the cache's size every second by going
        // over all of it: at Orleans' default of 1,000,000 a bulk load left a cache that cost the sweep 15 % of the
        // silo (OrleansSilo.ConfigureDirectory).
        var options = new Orleans.Configuration.GrainDirectoryOptions();
        Assert.Equal(1_000_000, options.CacheSize);

        OrleansSilo.ConfigureDirectory(options,
            maxActivations is null ? From() : From(("maxActivations", maxActivations)));

        Assert.Equal(expected, options.CacheSize);
    }
}
