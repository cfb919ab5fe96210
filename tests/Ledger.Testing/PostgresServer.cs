using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Npgsql;

namespace Ledger.Testing;

/// <summary>
/// A private PostgreSQL 15 server for integration tests: a fresh cluster in a temp directory, listening on a
/// free loopback port, stopped (and its directory deleted) when the test process exits. <see cref="Shared"/>
/// is started once per test run; each test asks it for a database of its own with
/// <see cref="CreateDatabaseAsync"/>. A test that needs a server to itself (to stop it, say) uses
/// <see cref="StartNew"/>.
/// </summary>
/// <remarks>
/// PostgreSQL refuses to run as root. When the tests run as root (as CI does), initdb and the server run as
/// the <c>postgres</c> system user through <c>runuser</c>, which therefore must exist; the Debian
/// <c>postgresql-15</c> package creates it. Durability settings stay at their defaults (fsync on,
/// synchronous_commit on) so that the tests measure honest commits. Any failure to start throws: a test that
/// needs PostgreSQL never passes, or skips, without it.
/// </remarks>
public sealed class PostgresServer : IDisposable
{
    /// <summary>Where the Debian packages install the PostgreSQL 15 binaries.</summary>
    public const string BinDirectory = "/usr/lib/postgresql/15/bin";

    private const string SystemUser = "postgres";
    private const string SuperUser = "postgres";
    private const int StartAttempts = 3;
    private static readonly TimeSpan ToolTimeout = TimeSpan.FromSeconds(120);

    private static readonly Lazy<PostgresServer> _shared = new(StartNew, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly string _rootDirectory;
    private readonly string _dataDirectory;
    private readonly bool _asSystemUser;
    private NpgsqlDataSource? _admin;
    private int _stopped;

    private PostgresServer(string rootDirectory, bool asSystemUser)
    {
        _rootDirectory = rootDirectory;
        _dataDirectory = Path.Combine(rootDirectory, "data");
        _asSystemUser = asSystemUser;
    }

    /// <summary>The server shared by every test of the run, started on first use. If it cannot start, every
    /// use throws the same error.</summary>
    public static PostgresServer Shared => _shared.Value;

    /// <summary>The loopback TCP port the server listens on.</summary>
    public int Port { get; private set; }

    /// <summary>The server's log file, worth reading when a test fails oddly.</summary>
    public string LogPath => Path.Combine(_rootDirectory, "server.log");

    /// <summary>Starts a new private server. Throws <see cref="InvalidOperationException"/> with the reason
    /// (missing binaries, missing postgres user, server log tail) when it cannot.</summary>
    public static PostgresServer StartNew()
    {
        RequireBinaries();
        var asSystemUser = string.Equals(Environment.UserName, "root", StringComparison.Ordinal);
        if (asSystemUser)
        {
            RequireSystemUser();
        }

        var root = Directory.CreateTempSubdirectory("ledger-pg-").FullName;
        var server = new PostgresServer(root, asSystemUser);
        try
        {
            server.Initialize();
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
        if (File.Exists(Path.Combine(_dataDirectory, "postmaster.pid")))
        {
            TryRun(Tool("pg_ctl"), "stop", "-D", _dataDirectory, "-m", "immediate", "-w");
        }

        try
        {
            Directory.Delete(_rootDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp directory is harmless.
        }
        catch (UnauthorizedAccessException)
        {
            // Same.
        }
    }

    private void Initialize()
    {
        if (_asSystemUser)
        {
            Run("chown", $"{SystemUser}:{SystemUser}", _rootDirectory);
        }

        // --no-sync only skips initdb's final fsync of the template files; the server itself runs with fsync on.
        Run(Tool("initdb"), "-D", _dataDirectory, "-U", SuperUser, "--auth=trust", "--encoding=UTF8",
            "--locale=C", "--no-sync");
        for (var attempt = 1; ; attempt++)
        {
            Port = FreeLoopbackPort();
            try
            {
                Run(Tool("pg_ctl"), "start", "-D", _dataDirectory, "-w", "-t", "60", "-l", LogPath, "-o",
                    $"-h {IPAddress.Loopback} -p {Port} -k {_rootDirectory} -c shared_buffers=128MB "
                    + "-c max_connections=200 -c fsync=on -c synchronous_commit=on");
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

    private static void RequireBinaries()
    {
        foreach (var tool in new[] { "initdb", "pg_ctl", "postgres" })
        {
            if (!File.Exists(Tool(tool)))
            {
                throw new InvalidOperationException(
                    $"PostgreSQL 15 is needed by these tests but {Tool(tool)} does not exist. Install the Debian "
                    + "package postgresql-15 (apt-get install postgresql-15).");
            }
        }
    }

    private static void RequireSystemUser()
    {
        if (Execute("id", ["-u", SystemUser], Path.GetTempPath()).ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"The tests run as root, which PostgreSQL refuses; they run it as the '{SystemUser}' system user "
                + "instead, but that user does not exist. Create it (installing postgresql-15 does, or: "
                + $"useradd --system --user-group --no-create-home {SystemUser}).");
        }
    }

    private static string Tool(string name) => Path.Combine(BinDirectory, name);

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

    /// <summary>Runs a PostgreSQL tool, as the postgres system user when we are root.</summary>
    private void Run(string fileName, params string[] arguments)
    {
        var (exitCode, output) = _asSystemUser && fileName.StartsWith(BinDirectory, StringComparison.Ordinal)
            ? Execute("runuser", ["-u", SystemUser, "--", fileName, .. arguments], _rootDirectory)
            : Execute(fileName, arguments, _rootDirectory);
        if (exitCode != 0)
        {
            throw new InvalidOperationException(
                $"'{fileName} {string.Join(' ', arguments)}' failed with exit code {exitCode}:\n{output}");
        }
    }

    private bool TryRun(string fileName, params string[] arguments)
    {
        try
        {
            Run(fileName, arguments);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static (int ExitCode, string Output) Execute(
        string fileName, IEnumerable<string> arguments, string workingDirectory)
    {
        var startInfo = new ProcessStartInfo(fileName, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            // The postgres user cannot read root's home directory, the usual current directory.
            WorkingDirectory = workingDirectory,
        };
        var output = new StringBuilder();
        using var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException($"Cannot run {fileName}: {ex.Message}", ex);
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(ToolTimeout))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException(
                $"'{fileName}' did not finish within {ToolTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s.");
        }

        process.WaitForExit(); // Drains the asynchronous output readers.
        lock (output)
        {
            return (process.ExitCode, output.ToString());
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
