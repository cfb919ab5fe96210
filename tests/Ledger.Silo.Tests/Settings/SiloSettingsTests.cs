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
    public void EndOfDayRowsPerCommit_DefaultsToTheRuntimes()
    {
        var options = From().ToRuntimeOptions("silo-1", "http://127.0.0.1:1");

        Assert.Equal(new Ledger.Runtime.RuntimeOptions().EndOfDayRowsPerCommit, options.EndOfDayRowsPerCommit);
    }

    [Fact]
    public void EndOfDayRowsPerCommit_IsTakenFromTheSetting()
    {
        var options = From(("eodRowsPerCommit", "12000")).ToRuntimeOptions("silo-1", "http://127.0.0.1:1");

        Assert.Equal(12_000, options.EndOfDayRowsPerCommit);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    public void EndOfDayRowsPerCommit_NotPositive_IsRefusedNamingTheSetting(string value)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => From(("eodRowsPerCommit", value)));

        Assert.Contains("--eodRowsPerCommit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CommitLanes_IsTakenFromTheSettingAndDefaultsToTwo()
    {
        Assert.Equal(3, From(("commitLanes", "3")).ToRuntimeOptions("silo-1", "http://127.0.0.1:1").CommitLanes);
        Assert.Equal(2, From().ToRuntimeOptions("silo-1", "http://127.0.0.1:1").CommitLanes);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    public void CommitLanes_NotPositive_IsRefusedNamingTheSetting(string value)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => From(("commitLanes", value)));

        Assert.Contains("--commitLanes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EndOfDayWorkers_IsTakenFromTheSettingAndDefaultsToTwoPerCore()
    {
        Assert.Equal(6, From(("eodWorkers", "6")).ToRuntimeOptions("silo-1", "http://127.0.0.1:1").EndOfDayWorkers);
        Assert.Equal(2 * Environment.ProcessorCount,
            From().ToRuntimeOptions("silo-1", "http://127.0.0.1:1").EndOfDayWorkers);
    }

    [Fact]
    public void EndOfDayWorkers_Zero_IsRefusedNamingTheSetting()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => From(("eodWorkers", "0")));

        Assert.Contains("--eodWorkers", error.Message, StringComparison.Ordinal);
    }
}
