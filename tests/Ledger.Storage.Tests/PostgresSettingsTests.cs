using Ledger.Storage.Postgres;

namespace Ledger.Storage.Tests;

/// <summary>The connection settings the PostgreSQL store adds to what the caller gives it.</summary>
public sealed class PostgresSettingsTests
{
    private const string Plain = "Host=127.0.0.1;Port=5432;Username=ledger;Database=ledger";

    [Fact]
    public void Settings_NothingSaid_StoreDefaults()
    {
        var settings = PostgresLedgerStore.Settings(Plain);

        Assert.True(settings.NoResetOnClose);
        Assert.Equal(PostgresLedgerStore.DefaultMaxAutoPrepare, settings.MaxAutoPrepare);
        Assert.Equal(
            "-c idle_in_transaction_session_timeout=3000 -c plan_cache_mode=force_generic_plan", settings.Options);
        Assert.Equal("ledger", settings.Database);
    }

    [Theory]
    [InlineData("No Reset On Close=false")]
    [InlineData("noresetonclose=False")]
    public void Settings_CallerSaysResetOnClose_Kept(string setting)
    {
        Assert.False(PostgresLedgerStore.Settings($"{Plain};{setting}").NoResetOnClose);
    }

    [Fact]
    public void Settings_CallerSetsPreparingAndOptions_Kept()
    {
        var settings = PostgresLedgerStore.Settings($"{Plain};Max Auto Prepare=0;Options=-c work_mem=8MB");

        Assert.Equal(0, settings.MaxAutoPrepare);
        Assert.Equal("-c work_mem=8MB", settings.Options);
    }
}
