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

    [Fact]
    public void Settings_NothingSaid_FiveSecondConnectTimeoutAndNpgsqlsHostRecheckForOneHost()
    {
        var settings = PostgresLedgerStore.Settings(Plain);

        Assert.Equal((5, 10), (settings.Timeout, settings.HostRecheckSeconds));
    }

    [Fact]
    public void Settings_SeveralHosts_PrimaryLookedForAgainAfterOneSecond()
    {
        var several = "Host=db-a:5432,db-b:5432;Username=ledger;Database=ledger;Target Session Attributes=primary";

        var settings = PostgresLedgerStore.Settings(several);
        var membership = new Npgsql.NpgsqlConnectionStringBuilder(OrleansSchema.ConnectionString(several));

        Assert.Equal((5, 1), (settings.Timeout, settings.HostRecheckSeconds));
        Assert.Equal((5, 1, "db-a:5432,db-b:5432"), (membership.Timeout, membership.HostRecheckSeconds, membership.Host));
    }

    [Fact]
    public void Settings_CallerSetsTimeoutAndHostRecheck_Kept()
    {
        var settings = PostgresLedgerStore.Settings("Host=a,b;Username=u;Timeout=20;Host Recheck Seconds=7");

        Assert.Equal((20, 7), (settings.Timeout, settings.HostRecheckSeconds));
    }
}

/// <summary>How the PostgreSQL store classifies its failures (<see cref="ILedgerStore.Classify"/>): what passes by
/// itself is transient, what does not (a wrong password, a missing database, a bug) is a fault.</summary>
public sealed class PostgresFailureTests : IAsyncDisposable
{
    private readonly PostgresLedgerStore _store = new("Host=127.0.0.1;Port=1;Username=none;Database=none",
        TimeProvider.System);

    [Theory]
    [InlineData("57P01", "FATAL")]
    [InlineData("57P02", "FATAL")]
    [InlineData("57P03", "FATAL")]
    [InlineData("08006", "FATAL")]
    [InlineData("40001", "ERROR")]
    [InlineData("40P01", "ERROR")]
    [InlineData("53300", "FATAL")]
    [InlineData("25006", "ERROR")]
    public void Classify_ServerStatesThatPass_Transient(string state, string severity)
    {
        Assert.Equal(StoreFailure.Transient, _store.Classify(new Npgsql.PostgresException("x", severity, severity, state)));
    }

    [Theory]
    [InlineData("28P01", "FATAL")] // wrong password
    [InlineData("3D000", "FATAL")] // no such database
    [InlineData("23505", "ERROR")] // a unique violation nobody expected: a bug
    [InlineData("42P01", "ERROR")] // no such table
    public void Classify_ServerStatesThatDoNotPass_Fault(string state, string severity)
    {
        Assert.Equal(StoreFailure.Fault, _store.Classify(new Npgsql.PostgresException("x", severity, severity, state)));
    }

    [Fact]
    public void Classify_WrappedWithContext_JudgedByWhatIsInside()
    {
        var lost = new InvalidOperationException("Committing batch 7",
            new Npgsql.NpgsqlException("Exception while reading from stream", new IOException("reset")));

        Assert.Equal(StoreFailure.Transient, _store.Classify(lost));
        Assert.Equal(StoreFailure.CommitFateUnknown,
            _store.Classify(new CommitFateUnknownException("lost in flight", new IOException("reset"))));
        Assert.Equal(StoreFailure.Fault, _store.Classify(new InvalidOperationException("a bug")));
    }

    public ValueTask DisposeAsync() => _store.DisposeAsync();
}
