using Microsoft.Extensions.Configuration;

namespace Ledger.Silo.Tests.Settings;

/// <summary>The silo's settings as the command line or <c>LEDGER_</c> variables give them, down to the runtime's
/// options.</summary>
public sealed class SiloSettingsTests
{
    private static SiloSettings From(params (string Key, string Value)[] values) =>
        SiloSettings.From(new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value)))
            .Build());

    [Fact]
    public void SweepBooksPerCommit_DefaultsToTheRuntimes()
    {
        var options = From().ToRuntimeOptions("silo-1", "http://127.0.0.1:1");

        Assert.Equal(new Ledger.Runtime.RuntimeOptions().SweepBooksPerCommit, options.SweepBooksPerCommit);
    }

    [Fact]
    public void SweepBooksPerCommit_IsTakenFromTheSetting()
    {
        var options = From(("sweepBooksPerCommit", "1200")).ToRuntimeOptions("silo-1", "http://127.0.0.1:1");

        Assert.Equal(1_200, options.SweepBooksPerCommit);
    }

    [Fact]
    public void Sweep_IsOnByDefaultAndCanBeTurnedOff()
    {
        Assert.True(From().ToRuntimeOptions("silo-1", "http://127.0.0.1:1").SweepEnabled);
        Assert.False(From(("sweep", "false")).ToRuntimeOptions("silo-1", "http://127.0.0.1:1").SweepEnabled);
    }

    [Fact]
    public void SweepLiveIdle_DefaultsToThirtySecondsAndIsTakenFromTheSetting()
    {
        Assert.Equal(TimeSpan.FromSeconds(30), From().ToRuntimeOptions("silo-1", "http://127.0.0.1:1").SweepLiveIdle);
        Assert.Equal(TimeSpan.Zero,
            From(("sweepLiveIdleSeconds", "0")).ToRuntimeOptions("silo-1", "http://127.0.0.1:1").SweepLiveIdle);
        Assert.Equal(TimeSpan.FromSeconds(2.5),
            From(("sweepLiveIdleSeconds", "2.5")).ToRuntimeOptions("silo-1", "http://127.0.0.1:1").SweepLiveIdle);
    }

    [Theory]
    [InlineData("sweepLiveIdleSeconds", "-1")]
    [InlineData("sweepBooksPerCommit", "0")]
    [InlineData("sweepBooksPerCommit", "-5")]
    [InlineData("commitLanes", "0")]
    [InlineData("commitLanes", "-1")]
    [InlineData("sweepWorkers", "0")]
    [InlineData("memoryLimitMb", "-1")]
    [InlineData("memoryLimitMb", "255")]
    public void CountSetting_NotPositive_IsRefusedNamingTheSetting(string key, string value)
    {
        var error = Assert.Throws<SiloSettingsException>(() => From((key, value)));

        Assert.Contains($"--{key}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CommitLanes_IsTakenFromTheSettingAndDefaultsToTwo()
    {
        Assert.Equal(3, From(("commitLanes", "3")).ToRuntimeOptions("silo-1", "http://127.0.0.1:1").CommitLanes);
        Assert.Equal(2, From().ToRuntimeOptions("silo-1", "http://127.0.0.1:1").CommitLanes);
    }

    [Fact]
    public void SweepWorkers_IsTakenFromTheSettingAndDefaultsToTwoPerCore()
    {
        Assert.Equal(6, From(("sweepWorkers", "6")).ToRuntimeOptions("silo-1", "http://127.0.0.1:1").SweepWorkers);
        Assert.Equal(2 * Environment.ProcessorCount,
            From().ToRuntimeOptions("silo-1", "http://127.0.0.1:1").SweepWorkers);
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
        Assert.Equal(SiloRuntime.Orleans, From().Runtime);
        Assert.Equal(SiloRuntime.Engine, From(("runtime", "engine")).Runtime);
        var settings = From(("siloPort", "12000"), ("gatewayPort", "31000"));

        Assert.Equal((12000, 31000), (settings.SiloPort, settings.GatewayPort));
    }

    [Theory]
    [InlineData("siloPort", "0")]
    [InlineData("gatewayPort", "70000")]
    [InlineData("runtime", "akka")]
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

        OrleansSilo.ConfigureCollection(options, From(("memoryLimitMb", "0")));
        Assert.False(options.EnableActivationSheddingOnMemoryPressure);
    }
}
