using System.Security.Cryptography;
using System.Text;

namespace Ledger.Silo;

/// <summary>The bearer key every endpoint but <c>/health</c> requires: <c>LEDGER_API_KEY</c> when set, otherwise a
/// key generated on first start and kept in the data directory. The key itself is never logged.</summary>
internal sealed class ApiKey
{
    private readonly byte[] _expected;

    private ApiKey(string key, string source)
    {
        _expected = Encoding.UTF8.GetBytes(key);
        Source = source;
    }

    /// <summary>The key, for calls to peer silos (never logged).</summary>
    public string Value => System.Text.Encoding.UTF8.GetString(_expected);

    /// <summary>Where the key came from, safe to print.</summary>
    public string Source { get; }

    public static ApiKey Resolve(string dataDirectory)
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("LEDGER_API_KEY");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return new ApiKey(fromEnvironment, "the LEDGER_API_KEY environment variable");
        }

        var path = Path.Combine(dataDirectory, "api-key");
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(dataDirectory);
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

        return new ApiKey(File.ReadAllText(path).Trim(), $"the file {path}");
    }

    /// <summary>Checks an <c>Authorization</c> header value in constant time.</summary>
    public bool Accepts(string? authorization)
    {
        const string prefix = "Bearer ";
        if (authorization is null || !authorization.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var presented = Encoding.UTF8.GetBytes(authorization[prefix.Length..].Trim());
        return CryptographicOperations.FixedTimeEquals(presented, _expected);
    }
}
