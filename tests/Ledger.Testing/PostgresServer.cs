using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Runtime.ExceptionServices;
using Npgsql;

namespace Ledger.Testing;

/// <summary>
/// A private PostgreSQL 15 server for integration tests: a fresh cluster in a temp directory, listening on a
/// free loopback port. <see cref="Shared"/> is started once per test run and handed to tests through
/// <see cref="PostgresFixture"/>; each test asks it for a database of its own with
/// <see cref="CreateDatabaseAsync"/>. A test that needs a server to itself (to stop it, say) uses
/// <see cref="StartNew"/> and disposes it.
/// </summary>
/// <remarks>
/// When the tests run as root (as CI does), the server runs as the <c>postgres</c> system user, which must
/// exist; the Debian <c>postgresql-15</c> package creates it. Durability settings stay honest (fsync on,
/// synchronous_commit on). Any failure to start throws: a test that needs PostgreSQL never passes, or skips,
/// without it. Servers are stopped by <see cref="Dispose"/> (the fixture does it when its tests are done); one
/// left behind by a killed test process is removed by the next <see cref="StartNew"/> on the machine.
/// </remarks>
public sealed class PostgresServer : IDisposable
{
    /// <summary>Where the Debian packages install the PostgreSQL 15 binaries.</summary>
    public const string BinDirectory = PostgresTools.BinDirectory;

    private const string SuperUser = "postgres";
    private const string DirectoryPrefix = "ledger-pg-";
    private const string OwnerFileName = "owner.pid";
    private const int StartAttempts = 3;

    /// <summary>A directory without an owner file may be one another process is creating right now.</summary>
    private static readonly TimeSpan OwnerlessGrace = TimeSpan.FromMinutes(1);

    private static readonly Lock _sharedLock = new();
    private static PostgresServer? _shared;
    private static ExceptionDispatchInfo? _sharedFailure;
    private static int _sharedUsers;

    private readonly string _rootDirectory;
    private readonly string _dataDirectory;
    private NpgsqlDataSource? _admin;
    private int _stopped;

    private PostgresServer(string rootDirectory)
    {
        _rootDirectory = rootDirectory;
        _dataDirectory = Path.Combine(rootDirectory, "data");
    }

    /// <summary>The server shared by the tests of this run, started on first use. If it cannot start, every
    /// use throws the same error.</summary>
    public static PostgresServer Shared
    {
        get
        {
            lock (_sharedLock)
            {
                return GetOrStartShared();
            }
        }
    }

    /// <summary>The loopback TCP port the server listens on.</summary>
    public int Port { get; private set; }

    /// <summary>The server's log file, worth reading when a test fails oddly.</summary>
    public string LogPath => Path.Combine(_rootDirectory, "server.log");

    /// <summary>Starts a new private server. Throws <see cref="InvalidOperationException"/> with the reason
    /// (missing binaries, missing postgres user, server log tail) when it cannot.</summary>
    public static PostgresServer StartNew()
    {
        PostgresTools.RequireInstalled();
        RemoveAbandonedServers();
        var root = Directory.CreateTempSubdirectory(DirectoryPrefix).FullName;
        var ownerFile = Path.Combine(root, OwnerFileName);
        File.WriteAllText(ownerFile, Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        var server = new PostgresServer(root);
        try
        {
            server.Start();
            // Best effort only: a test host may be killed before this handler finishes.
            AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Dispose();
            return server;
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    /// <summary>A connection string to <paramref name="database"/> on this server, as the superuser.</summary>
    public string ConnectionStringFor(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = IPAddress.Loopback.ToString(),
        Port = Port,
        Username = SuperUser,
        Database = database,
        IncludeErrorDetail = true,
        Timeout = 30,
    }.ConnectionString;

    /// <summary>Creates an empty database with a unique name and returns a connection string to it.</summary>
    public async Task<string> CreateDatabaseAsync(CancellationToken cancellationToken = default)
    {
        var admin = _admin ?? throw new ObjectDisposedException(nameof(PostgresServer));
        var name = "t_" + Guid.NewGuid().ToString("N");
        // The name is generated above, never user input, so composing the statement is safe.
        await using var command = admin.CreateCommand($"CREATE DATABASE \"{name}\"");
        await command.ExecuteNonQueryAsync(cancellationToken);
        return ConnectionStringFor(name);
    }

    /// <summary>Stops the server at once (no checkpoint: the data is thrown away) and deletes its directory.
    /// </summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }

        _admin?.Dispose();
        _admin = null;
        StopAndDelete(_rootDirectory);
    }

    /// <summary>The shared server for one more user (a fixture); <see cref="ReleaseShared"/> undoes it, and the
    /// last release stops the server while the test run is still in control, rather than leaving it to a
    /// process-exit handler the test host may cut short.</summary>
    internal static PostgresServer AcquireShared()
    {
        lock (_sharedLock)
        {
            var server = GetOrStartShared();
            _sharedUsers++;
            return server;
        }
    }

    internal static void ReleaseShared(PostgresServer server)
    {
        lock (_sharedLock)
        {
            if (--_sharedUsers == 0 && ReferenceEquals(server, _shared))
            {
                _shared = null;
                server.Dispose();
            }
        }
    }

    private static PostgresServer GetOrStartShared()
    {
        _sharedFailure?.Throw();
        try
        {
            return _shared ??= StartNew();
        }
        catch (Exception ex)
        {
            // Remembered so that the other tests fail at once with the same reason instead of retrying.
            _sharedFailure = ExceptionDispatchInfo.Capture(ex);
            throw;
        }
    }

    /// <summary>Starts the server again after <see cref="Stop"/>, on the same port and data; returns once it accepts
    /// connections (after crash recovery, when it was stopped <c>immediate</c>). <see cref="Stop"/> then this is
    /// what <c>pg_ctl restart</c> does, in two steps a test can act between.</summary>
    public void StartAgain()
    {
        PostgresTools.Run("pg_ctl", _rootDirectory, "start", "-D", _dataDirectory, "-w", "-t", "60", "-l", LogPath,
            "-o", ServerOptions());
        _admin?.Clear();
    }

    /// <summary>Stops the server (<paramref name="mode"/>: <c>fast</c> or <c>immediate</c>), keeping its data.
    /// </summary>
    public void Stop(string mode) =>
        PostgresTools.Run("pg_ctl", _rootDirectory, "stop", "-D", _dataDirectory, "-m", mode, "-w", "-t", "60");

    /// <summary>A streaming standby of this server (<c>pg_basebackup -R</c>) in a directory of its own, on its own
    /// port, made synchronous (<c>synchronous_standby_names = '*'</c>: a commit is acknowledged only once the standby
    /// has it), started and in sync when this returns. Dispose it as any server.</summary>
    public async Task<PostgresServer> StartSynchronousStandbyAsync(CancellationToken cancellationToken = default)
    {
        var root = Directory.CreateTempSubdirectory(DirectoryPrefix).FullName;
        File.WriteAllText(Path.Combine(root, OwnerFileName),
            Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        var standby = new PostgresServer(root);
        try
        {
            PostgresTools.TakeOwnership(root);
            PostgresTools.Run("pg_basebackup", root, "-D", standby._dataDirectory, "-h",
                IPAddress.Loopback.ToString(), "-p", Port.ToString(CultureInfo.InvariantCulture), "-U", SuperUser,
                "-R", "-X", "stream", "-c", "fast", "--no-sync");
            standby.Launch();
            var admin = _admin ?? throw new ObjectDisposedException(nameof(PostgresServer));
            await using (var set = admin.CreateCommand("ALTER SYSTEM SET synchronous_standby_names = '*'"))
            {
                await set.ExecuteNonQueryAsync(cancellationToken);
            }

            await using (var reload = admin.CreateCommand("SELECT pg_reload_conf()"))
            {
                await reload.ExecuteNonQueryAsync(cancellationToken);
            }

            await Poll.UntilAsync(async () =>
            {
                await using var state = admin.CreateCommand(
                    "SELECT count(*) FROM pg_stat_replication WHERE sync_state = 'sync'");
                return (long)(await state.ExecuteScalarAsync(cancellationToken))! > 0;
            }, TimeSpan.FromSeconds(60), "the standby to be in synchronous replication", () => standby.LogTail());
            AppDomain.CurrentDomain.ProcessExit += (_, _) => standby.Dispose();
            return standby;
        }
        catch
        {
            standby.Dispose();
            throw;
        }
    }

    /// <summary>Promotes this standby to a primary (<c>pg_ctl promote</c>); returns once it accepts writes.</summary>
    public void Promote()
    {
        PostgresTools.Run("pg_ctl", _rootDirectory, "promote", "-D", _dataDirectory, "-w", "-t", "60");
        _admin?.Clear();
    }

    private void Start()
    {
        PostgresTools.TakeOwnership(_rootDirectory);
        // --no-sync only skips initdb's final fsync of the template files; the server itself runs with fsync on.
        PostgresTools.Run("initdb", _rootDirectory, "-D", _dataDirectory, "-U", SuperUser, "--auth=trust",
            "--encoding=UTF8", "--locale=C", "--no-sync");
        Launch();
    }

    /// <summary>Starts the server on its data directory, on a free loopback port.</summary>
    private void Launch()
    {
        for (var attempt = 1; ; attempt++)
        {
            Port = FreeLoopbackPort();
            try
            {
                PostgresTools.Run("pg_ctl", _rootDirectory, "start", "-D", _dataDirectory, "-w", "-t", "60",
                    "-l", LogPath, "-o", ServerOptions());
                break;
            }
            catch (InvalidOperationException) when (attempt < StartAttempts)
            {
                // Another process may have taken the port between the probe and the start; try another.
            }
            catch (InvalidOperationException ex)
            {
                throw new InvalidOperationException($"{ex.Message}\nServer log ({LogPath}):\n{LogTail()}", ex);
            }
        }

        _admin = NpgsqlDataSource.Create(ConnectionStringFor("postgres"));
    }

    private string ServerOptions() =>
        $"-h {IPAddress.Loopback} -p {Port} -k {_rootDirectory} -c shared_buffers=128MB "
        + "-c max_connections=200 -c fsync=on -c synchronous_commit=on";

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private string LogTail()
    {
        const int MaxLines = 40;
        return File.Exists(LogPath)
            ? string.Join('\n', File.ReadLines(LogPath).TakeLast(MaxLines))
            : "(no log written)";
    }

    /// <summary>Stops and deletes servers whose test process is gone (killed before it could clean up).
    /// </summary>
    private static void RemoveAbandonedServers()
    {
        foreach (var directory in Directory.EnumerateDirectories(Path.GetTempPath(), DirectoryPrefix + "*"))
        {
            if (!OwnerIsAlive(directory))
            {
                StopAndDelete(directory);
            }
        }
    }

    private static bool OwnerIsAlive(string directory)
    {
        var ownerFile = Path.Combine(directory, OwnerFileName);
        if (!File.Exists(ownerFile))
        {
            return DateTime.UtcNow - Directory.GetCreationTimeUtc(directory) < OwnerlessGrace;
        }

        if (!int.TryParse(File.ReadAllText(ownerFile), CultureInfo.InvariantCulture, out var processId))
        {
            return false;
        }

        try
        {
            using var owner = Process.GetProcessById(processId);
            return !owner.HasExited;
        }
        catch (ArgumentException)
        {
            return false; // No such process.
        }
    }

    private static void StopAndDelete(string rootDirectory)
    {
        var dataDirectory = Path.Combine(rootDirectory, "data");
        try
        {
            if (File.Exists(Path.Combine(dataDirectory, "postmaster.pid")))
            {
                PostgresTools.Run("pg_ctl", rootDirectory, "stop", "-D", dataDirectory, "-m", "immediate", "-w");
            }

            Directory.Delete(rootDirectory, recursive: true);
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            // Best effort: what is left is removed by a later run's sweep, or is a harmless temp directory.
        }
    }
}
