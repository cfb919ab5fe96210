using System.Globalization;
using System.Net.Http.Headers;
using Ledger.Client;
using Ledger.Testing;

namespace Ledger.Silo.Tests.Support;

/// <summary>
/// A silo started in this process exactly as the executable starts (<see cref="SiloHost.Build"/>), on a free
/// loopback port, with a temp data directory, on SQLite or on a PostgreSQL database. The keys are the ones the
/// silo resolves itself: <c>LEDGER_API_KEY</c> and <c>LEDGER_OPERATOR_KEY</c> when the environment sets them,
/// otherwise the ones in <c>DIR/api-key</c> and <c>DIR/operator-key</c>, which an embedded silo generates and which
/// are written here for a silo on PostgreSQL (a cluster-mode silo generates none). Tests never set the variables,
/// so parallel silos each have their own keys. <see cref="ApiKey"/>, which the tests send, is the operator key.
/// </summary>
internal sealed class TestSilo : IAsyncDisposable
{
    private const int StartAttempts = 3;

    private readonly SiloHost _host;
    private readonly bool _ownsDataDirectory;
    private int _disposed;

    private TestSilo(SiloHost host, Uri baseAddress, string dataDirectory, bool ownsDataDirectory)
    {
        _host = host;
        _ownsDataDirectory = ownsDataDirectory;
        BaseAddress = baseAddress;
        DataDirectory = dataDirectory;
        ApiKey = ResolveApiKey(dataDirectory);
        ClientKey = ResolveKey(dataDirectory, "LEDGER_API_KEY", "api-key");
        Http = CreateHttpClient(ApiKey);
    }

    public Uri BaseAddress { get; }

    public string DataDirectory { get; }

    /// <summary>The operator key: it may do everything, the tests' default.</summary>
    public string ApiKey { get; }

    /// <summary>The client key: borrower commands and reads.</summary>
    public string ClientKey { get; }

    /// <summary>The silo's services (its Orleans grain factory, say).</summary>
    public IServiceProvider Services => _host.App.Services;

    /// <summary>An HTTP client with the silo's base address and key.</summary>
    public HttpClient Http { get; }

    /// <summary>Cancelled once the silo is asked to stop (a drain, as SIGTERM would): the executable then stops.
    /// </summary>
    public CancellationToken Stopping => _host.App.Lifetime.ApplicationStopping;

    public static Task<TestSilo> StartSqliteAsync(params string[] extraArguments) =>
        StartAsync(postgres: null, dataDirectory: null, extraArguments);

    public static Task<TestSilo> StartPostgresAsync(string connectionString, params string[] extraArguments) =>
        StartAsync(connectionString, dataDirectory: null, extraArguments);

    /// <summary>Starts a silo; a null <paramref name="dataDirectory"/> means a fresh temp directory, deleted on
    /// dispose.</summary>
    public static Task<TestSilo> StartAsync(string? postgres, string? dataDirectory, string[] extraArguments) =>
        StartAsync(postgres, dataDirectory, extraArguments, decorateStore: null);

    /// <summary>As <see cref="StartAsync(string?, string?, string[])"/>, with the silo's store wrapped by
    /// <paramref name="decorateStore"/> and <paramref name="services"/> registered last (a test's own clock, say).
    /// </summary>
    public static async Task<TestSilo> StartAsync(string? postgres, string? dataDirectory, string[] extraArguments,
        Func<Ledger.Storage.ILedgerStore, Ledger.Storage.ILedgerStore>? decorateStore,
        Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? services = null)
    {
        var owns = dataDirectory is null;
        var data = dataDirectory ?? Directory.CreateTempSubdirectory("ledger-silo-test-").FullName;
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort.Next();
            if (postgres is not null)
            {
                WriteKeyFiles(data);
            }

            var host = SiloHost.Build(Arguments(port, data, postgres, extraArguments), decorateStore, services);
            try
            {
                await host.App.StartAsync();
                return new TestSilo(host, new Uri($"http://127.0.0.1:{port}/"), data, owns);
            }
            catch (IOException) when (attempt < StartAttempts)
            {
                // The port was taken between the probe and the bind: try another.
                await host.DisposeAsync();
            }
            catch
            {
                await host.DisposeAsync();
                throw;
            }
        }
    }

    /// <summary>The silo's command line: the same arguments the executable takes, plus quiet logging.</summary>
    public static string[] Arguments(int port, string dataDirectory, string? postgres, string[] extraArguments)
    {
        List<string> arguments =
        [
            "--urls", string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}"),
            "--data", dataDirectory,
            // Orleans' own ports too: silos of parallel tests share the machine.
            "--siloPort", OrleansPorts(dataDirectory).Silo.ToString(CultureInfo.InvariantCulture),
            "--gatewayPort", OrleansPorts(dataDirectory).Gateway.ToString(CultureInfo.InvariantCulture),
            "--Logging:LogLevel:Default", "Warning",
            "--Logging:LogLevel:Microsoft.Hosting.Lifetime", "Warning",
            // The tests' books are all in use when their end of day comes: the sweep closes them at once (a test
            // that shows the grace for books in use sets it).
            "--sweepLiveIdleSeconds", "0",
        ];
        if (postgres is not null)
        {
            arguments.AddRange(["--postgres", postgres]);
        }

        arguments.AddRange(extraArguments);
        return [.. arguments];
    }

    /// <summary>Free Orleans ports for a silo with this data directory, the same ones again when it restarts on it
    /// (kept in the directory), as a deployed silo restarts on its configured ports: Orleans then knows the new
    /// silo for the same one as the dead entry in its membership table and takes its place, where a silo on new
    /// ports would first wait to reach the dead one.</summary>
    public static (int Silo, int Gateway) OrleansPorts(string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        var path = Path.Combine(dataDirectory, "test-orleans-ports");
        if (!File.Exists(path))
        {
            File.WriteAllText(path, string.Create(CultureInfo.InvariantCulture, $"{FreePort.Next()} {FreePort.Next()}"));
        }

        var ports = File.ReadAllText(path).Split(' ');
        return (int.Parse(ports[0], CultureInfo.InvariantCulture), int.Parse(ports[1], CultureInfo.InvariantCulture));
    }

    /// <summary>The operator key a silo with this data directory uses (see <c>ApiKeys.Resolve</c>).</summary>
    public static string ResolveApiKey(string dataDirectory) =>
        ResolveKey(dataDirectory, "LEDGER_OPERATOR_KEY", "operator-key");

    /// <summary>The first key of one kind a silo with this data directory uses.</summary>
    public static string ResolveKey(string dataDirectory, string variable, string file) =>
        (Environment.GetEnvironmentVariable(variable) is { Length: > 0 } fromEnvironment
            ? fromEnvironment
            : File.ReadAllText(Path.Combine(dataDirectory, file))).Split(',', '\n')[0].Trim();

    /// <summary>Writes fresh key files of both kinds into a data directory where there are none, as an operator
    /// gives a cluster-mode silo its keys.</summary>
    public static void WriteKeyFiles(string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        foreach (var file in new[] { "api-key", "operator-key" })
        {
            var path = Path.Combine(dataDirectory, file);
            if (!File.Exists(path))
            {
                File.WriteAllText(path, Convert.ToHexStringLower(
                    System.Security.Cryptography.RandomNumberGenerator.GetBytes(24)));
            }
        }
    }

    /// <summary>An HTTP client with the silo's base address and, when <paramref name="apiKey"/> is not null, that
    /// bearer key.</summary>
    public HttpClient CreateHttpClient(string? apiKey)
    {
        var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        if (apiKey is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }

        return http;
    }

    public LedgerClient CreateClient(LedgerClientOptions? options = null) => new(BaseAddress, ApiKey, options);

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        Http.Dispose();
        try
        {
            await _host.App.StopAsync();
        }
        finally
        {
            await _host.DisposeAsync();
        }

        if (_ownsDataDirectory)
        {
            TryDeleteDirectory(DataDirectory);
        }
    }

    public static void TryDeleteDirectory(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Best effort: a leftover temp directory harms nothing.
        }
    }
}
