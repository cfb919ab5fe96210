using System.Security.Cryptography;
using System.Text;

namespace Ledger.Silo;

/// <summary>What a caller's key lets it do. A client key: borrower commands and reads. An operator key: all of that,
/// plus the ledger-scope commands (<c>SetBusinessDate</c>, <c>EndOfDay</c>), the cluster routes, the snapshot, the
/// ledger-wide journal and audit, and the metrics.</summary>
internal enum KeyKind
{
    Client,
    Operator,
}

/// <summary>The silo's bearer keys, two kinds of them (<see cref="KeyKind"/>). Each kind comes from its environment
/// variable when that is set (<c>LEDGER_API_KEY</c>, <c>LEDGER_OPERATOR_KEY</c>), else from its file in the data
/// directory (<c>api-key</c>, <c>operator-key</c>), which an embedded silo generates when it is missing and a
/// cluster-mode silo requires (its silos must share their keys, so none may invent its own). A variable or file may
/// hold several keys separated by commas or line breaks, so that a new key is added before the old one is removed:
/// a file is read again a second after its last read, so its keys rotate without a restart; a variable
/// is read at start only, so its keys rotate by restarting the silos one at a time. No key is ever logged.</summary>
internal sealed class ApiKeys
{
    public const string ClientVariable = "LEDGER_API_KEY";
    public const string OperatorVariable = "LEDGER_OPERATOR_KEY";
    public const string ClientFile = "api-key";
    public const string OperatorFile = "operator-key";

    private readonly KeySource _client;
    private readonly KeySource _operator;

    private ApiKeys(KeySource client, KeySource @operator)
    {
        _client = client;
        _operator = @operator;
    }

    /// <summary>Where each kind of key came from, safe to print.</summary>
    public string Sources => $"client keys from {_client.Description}, operator keys from {_operator.Description}";

    /// <summary>Resolves both kinds, or throws <see cref="SiloSettingsException"/>: a cluster-mode silo given
    /// neither the variable nor the file of a kind, an empty file, or a key given as both kinds.</summary>
    public static ApiKeys Resolve(string dataDirectory, bool clusterMode)
    {
        var client = KeySource.Resolve(ClientVariable, Path.Combine(dataDirectory, ClientFile), clusterMode);
        var @operator = KeySource.Resolve(OperatorVariable, Path.Combine(dataDirectory, OperatorFile), clusterMode);
        if (client.Current.Intersect(@operator.Current, StringComparer.Ordinal).Any())
        {
            throw new SiloSettingsException(
                $"a key is both a client key and an operator key ({ClientVariable} or {client.Description}, "
                + $"{OperatorVariable} or {@operator.Description}): give each kind its own keys.");
        }

        return new ApiKeys(client, @operator);
    }

    /// <summary>The kind of key an <c>Authorization</c> header carries, or null when it carries none or a key the
    /// silo does not know. Every known key is compared, in constant time each, whatever matches first.</summary>
    public KeyKind? Authenticate(string? authorization)
    {
        const string prefix = "Bearer ";
        if (authorization is null || !authorization.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var presented = Encoding.UTF8.GetBytes(authorization[prefix.Length..].Trim());
        var isOperator = _operator.Matches(presented);
        var isClient = _client.Matches(presented);
        return isOperator ? KeyKind.Operator : isClient ? KeyKind.Client : null;
    }

    /// <summary>One kind of key: fixed from a variable, or read from a file and read again when it changes.</summary>
    private sealed class KeySource
    {
        private static readonly char[] Separators = [',', '\n', '\r'];
        private static readonly long RecheckMs = 1000;

        private readonly string? _path;
        private readonly Lock _reload = new();
        private volatile Snapshot _snapshot;
        private long _checkedAtMs;

        private KeySource(string description, string? path, Snapshot snapshot)
        {
            Description = description;
            _path = path;
            _snapshot = snapshot;
            _checkedAtMs = Environment.TickCount64;
        }

        public string Description { get; }

        public string[] Current => _snapshot.Keys;

        public static KeySource Resolve(string variable, string path, bool clusterMode)
        {
            var fromEnvironment = Environment.GetEnvironmentVariable(variable);
            if (!string.IsNullOrWhiteSpace(fromEnvironment))
            {
                var keys = Split(fromEnvironment);
                if (keys.Length == 0)
                {
                    throw new SiloSettingsException($"{variable} holds no key (only commas and spaces).");
                }

                return new KeySource($"the {variable} environment variable", null, new Snapshot(keys));
            }

            if (!File.Exists(path))
            {
                if (clusterMode)
                {
                    throw new SiloSettingsException(
                        $"a cluster-mode silo needs the cluster's keys: set {variable} (or put them in {path}), the "
                        + "same on every silo.");
                }

                Generate(path);
            }

            var snapshot = Read(path) ?? throw new SiloSettingsException($"the key file {path} holds no key.");
            return new KeySource($"the file {path}", path, snapshot);
        }

        public bool Matches(ReadOnlySpan<byte> presented)
        {
            var matched = false;
            foreach (var key in Fresh().Bytes)
            {
                matched |= CryptographicOperations.FixedTimeEquals(presented, key);
            }

            return matched;
        }

        /// <summary>The keys, read again from the file when a second has passed since the last read (a few bytes; a
        /// timestamp could miss a rewrite within its resolution). A file that is gone or empty for a moment (being
        /// rewritten) keeps the keys it held.</summary>
        private Snapshot Fresh()
        {
            var snapshot = _snapshot;
            if (_path is null || Environment.TickCount64 - Interlocked.Read(ref _checkedAtMs) < RecheckMs)
            {
                return snapshot;
            }

            lock (_reload)
            {
                Interlocked.Exchange(ref _checkedAtMs, Environment.TickCount64);
                if (Read(_path) is { } reread && !reread.Keys.SequenceEqual(_snapshot.Keys, StringComparer.Ordinal))
                {
                    _snapshot = reread;
                }

                return _snapshot;
            }
        }

        private static Snapshot? Read(string path)
        {
            try
            {
                var keys = Split(File.ReadAllText(path));
                return keys.Length == 0 ? null : new Snapshot(keys);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return null;
            }
        }

        private static string[] Split(string text) =>
            [.. text.Split(Separators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

        private static void Generate(string path)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var generated = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                // Readable by the silo's user only.
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using var file = new FileStream(path, options);
            file.Write(Encoding.UTF8.GetBytes(generated));
        }
    }

    private sealed record Snapshot(string[] Keys)
    {
        public byte[][] Bytes { get; } = [.. Keys.Select(Encoding.UTF8.GetBytes)];
    }
}
