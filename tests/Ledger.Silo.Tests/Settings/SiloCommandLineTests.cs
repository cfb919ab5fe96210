using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Ledger.Silo.Tests.Support;
using Ledger.Testing;

namespace Ledger.Silo.Tests.Settings;

/// <summary>The silo executable's first minute as a newcomer meets it: a misspelt option, a bad value, --help, a
/// data directory another silo holds, a busy port. Each is one line on stderr and its own exit code, never a stack
/// trace; the executable runs as a child process, as an operator runs it.</summary>
public sealed class SiloCommandLineTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("ledger-silo-cli-").FullName;

    public void Dispose() => Directory.Delete(_data, recursive: true);

    [Fact]
    public void Validate_KnownSiloAndHostOptions_Pass()
    {
        SiloCommandLine.Validate(["--partitions", "16", "--urls", "http://127.0.0.1:1", "--environment", "Test",
            "--Logging:LogLevel:Default", "Warning", "--OTEL_EXPORTER_OTLP_ENDPOINT", "http://x", "--siloPort=5",
            "--PARTITIONS", "8", "--siloAddress", "10.0.0.1", "--gatewayPort", "3"]);
    }

    [Theory]
    [InlineData("--partitons", "16", "--partitons")]
    [InlineData("--data", null, "--data needs a value")]
    [InlineData("stray", null, "'stray'")]
    public void Validate_UnknownOptionOrMissingValue_IsRefusedNamingIt(string option, string? value, string said)
    {
        string[] args = value is null ? [option] : [option, value];

        var error = Assert.Throws<SiloSettingsException>(() => SiloCommandLine.Validate(args));

        Assert.Contains(said, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DataDirectoryLock_HeldByALiveSilo_RefusesASecond_AndIsFreeOnceReleased()
    {
        using (DataDirectoryLock.Acquire(_data))
        {
            var error = Assert.Throws<DataDirectoryInUseException>(() => DataDirectoryLock.Acquire(_data));
            Assert.Contains(_data, error.Message, StringComparison.Ordinal);
        }

        using var again = DataDirectoryLock.Acquire(_data);
    }

    [Fact]
    public async Task Executable_UnknownOption_IsOneLineAndExitCode2()
    {
        var run = await RunSiloAsync("--data", _data, "--partitons", "16");

        AssertOneLineError(run, 2, "unknown option --partitons");
        Assert.False(File.Exists(Path.Combine(_data, "ledger.db")), run.ToString());
    }

    [Theory]
    [InlineData("--partitions", "abc")]
    [InlineData("--commitDelayMs", "soon")]
    [InlineData("--sweep", "maybe")]
    [InlineData("--siloPort", "99999")]
    [InlineData("--siloAddress", "here")]
    public async Task Executable_BadValue_IsOneLineNamingTheOptionAndExitCode2(string option, string value)
    {
        var run = await RunSiloAsync("--data", _data, option, value);

        AssertOneLineError(run, 2, option);
    }

    /// <summary>Mutual TLS settings are read at start: a file that is missing, not a certificate, not signed by
    /// the CA, or one option without the other stops the silo with one line naming it.</summary>
    [Theory]
    [InlineData("missing certificate", "--tlsCertificate", "no such file")]
    [InlineData("missing CA", "--tlsClientCa", "no such file")]
    [InlineData("CA given as the certificate", "--tlsCertificate", "PEM")]
    [InlineData("stranger's certificate", "--tlsCertificate", "not signed by --tlsClientCa")]
    [InlineData("client certificate", "--tlsCertificate", "extended key usage")]
    [InlineData("certificate alone", "--tlsCertificate and --tlsClientCa go together", "")]
    public async Task Executable_BadTlsFile_IsOneLineNamingTheOptionAndExitCode2(string what, string option,
        string said)
    {
        using var certificates = new TestCertificates();
        string[] tls = what switch
        {
            "missing certificate" => ["--tlsCertificate", Path.Combine(_data, "none.pem"),
                "--tlsClientCa", certificates.CaPath],
            "missing CA" => ["--tlsCertificate", certificates.SiloPath, "--tlsClientCa", Path.Combine(_data, "none.pem")],
            "CA given as the certificate" => ["--tlsCertificate", certificates.CaPath, "--tlsClientCa", certificates.CaPath],
            "stranger's certificate" => ["--tlsCertificate", certificates.StrangerPath,
                "--tlsClientCa", certificates.CaPath],
            "client certificate" => ["--tlsCertificate", certificates.ClientPath, "--tlsClientCa", certificates.CaPath],
            _ => ["--tlsCertificate", certificates.SiloPath],
        };

        var run = await RunSiloAsync(["--data", _data, .. tls]);

        AssertOneLineError(run, 2, option);
        Assert.Contains(said, run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Executable_Help_PrintsTheOptionsAndExits0WithoutStarting()
    {
        var run = await RunSiloAsync("--help", "--data", _data);

        Assert.True(run.ExitCode == 0, run.ToString());
        foreach (var option in new[]
            { "--data", "--postgres", "--partitions", "--urls", "--siloPort", "--tlsCertificate", "--tlsClientCa",
                "LEDGER_API_KEY" })
        {
            Assert.Contains(option, run.Stdout, StringComparison.Ordinal);
        }

        Assert.Empty(Directory.GetFileSystemEntries(_data));
    }

    [Fact]
    public async Task Executable_DataDirectoryHeldByAnotherSilo_IsOneLineAndExitCode3()
    {
        using var held = DataDirectoryLock.Acquire(_data);

        var run = await RunSiloAsync("--data", _data, "--urls", Url(FreePort.Next()));

        AssertOneLineError(run, 3, "in use by another silo");
    }

    [Fact]
    public async Task Executable_BusyHttpPort_IsOneLineAndExitCode4()
    {
        using var busy = new TcpListener(IPAddress.Loopback, 0);
        busy.Start();
        var port = ((IPEndPoint)busy.LocalEndpoint).Port;

        var run = await RunSiloAsync("--data", _data, "--urls", Url(port), "--siloPort", Port(FreePort.Next()),
            "--gatewayPort", Port(FreePort.Next()));

        AssertOneLineError(run, 4, $"port {port}");
    }

    [Fact]
    public async Task Executable_BusyGatewayPort_IsOneLineAndExitCode4()
    {
        using var busy = new TcpListener(IPAddress.Loopback, 0);
        busy.Start();
        var port = ((IPEndPoint)busy.LocalEndpoint).Port;

        var run = await RunSiloAsync("--data", _data, "--urls", Url(FreePort.Next()), "--siloPort",
            Port(FreePort.Next()), "--gatewayPort", Port(port));

        AssertOneLineError(run, 4, "--gatewayPort");
    }

    [Fact]
    public async Task Executable_DatabaseWhoseOldSiloStillHoldsALease_IsOneLineAndExitCode5AndChangesNothing()
    {
        // A ledger the home-made runtime wrote (its last release), one of whose silos still holds partition 3.
        var database = Path.Combine(_data, "ledger.db");
        var liveUntil = (DateTimeOffset.UtcNow + TimeSpan.FromHours(1)).ToUnixTimeMilliseconds() * 1000;
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = await File.ReadAllTextAsync(
                Path.Combine(AppContext.BaseDirectory, "Upgrade", "home-made-runtime.sqlite.sql"))
                + $"UPDATE partitions SET lease_expires_at = {liveUntil} WHERE partition_id = 3;";
            await command.ExecuteNonQueryAsync();
        }

        await AssertUpgradeRefusedAsync(database,
            "partition 3 is held by silo engine-silo-1 of the previous release until", schemaVersion: 5);
    }

    [Fact]
    public async Task Executable_DatabaseWithAnEndOfDayLeftRunning_IsOneLineAndExitCode5AndChangesNothing()
    {
        // A ledger as the release before schema version 5 left it, its end of day of 2024-05-10 marked running.
        var database = Path.Combine(_data, "ledger.db");
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database}"))
        {
            await connection.OpenAsync();
            await Ledger.Storage.Sqlite.SqliteSchema.MigrateAsync(connection, 16, 0, CancellationToken.None,
                targetVersion: 4);
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE ledger_meta SET business_date = '2024-05-10', eod_running = '2024-05-10'";
            await command.ExecuteNonQueryAsync();
        }

        await AssertUpgradeRefusedAsync(database,
            "An end of day for 2024-05-10 was left running by the previous release", schemaVersion: 2);
    }

    /// <summary>Starts the silo on the SQLite ledger at <paramref name="database"/> and checks that it refused the
    /// upgrade in one line with exit code 5, leaving the schema at <paramref name="schemaVersion"/>.</summary>
    private async Task AssertUpgradeRefusedAsync(string database, string error, long schemaVersion)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        var run = await RunSiloAsync("--data", _data, "--urls", Url(FreePort.Next()), "--siloPort",
            Port(FreePort.Next()), "--gatewayPort", Port(FreePort.Next()));

        AssertOneLineError(run, 5, error);
        await using var check = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database};Mode=ReadOnly");
        await check.OpenAsync();
        await using var versions = check.CreateCommand();
        versions.CommandText = "SELECT max(version) FROM schema_migrations";
        Assert.Equal(schemaVersion, await versions.ExecuteScalarAsync());
    }

    internal static string Url(int port) => string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}");

    internal static string Port(int port) => port.ToString(CultureInfo.InvariantCulture);

    internal static void AssertOneLineError(SiloRun run, int exitCode, string said)
    {
        Assert.True(run.ExitCode == exitCode, run.ToString());
        var lines = run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == 1 && lines[0].StartsWith("error: ", StringComparison.Ordinal), run.ToString());
        Assert.Contains(said, lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stdout + run.Stderr, StringComparison.Ordinal);
    }

    internal sealed record SiloRun(int ExitCode, string Stdout, string Stderr)
    {
        public override string ToString() => $"exit {ExitCode}\nstdout:\n{Stdout}\nstderr:\n{Stderr}";
    }

    /// <summary>Runs the silo executable to its exit (these runs all stop before the silo starts).</summary>
    internal static async Task<SiloRun> RunSiloAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo(SiloProcess.DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(SiloProcess.SiloAssemblyPath);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("LEDGER_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The silo did not exit within a minute: {await stdout}{await stderr}");
        }

        return new SiloRun(process.ExitCode, await stdout, await stderr);
    }
}
