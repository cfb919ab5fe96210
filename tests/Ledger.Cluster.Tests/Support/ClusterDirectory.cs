using System.Security.Cryptography;

namespace Ledger.Cluster.Tests.Support;

/// <summary>A temp directory holding one data directory per silo of a test cluster, and the cluster's one API key:
/// <c>LEDGER_API_KEY</c> when this process has it (an in-process silo reads it first), otherwise a fresh key that
/// every silo gets (in-process silos as <c>DIR/api-key</c>, child processes through their environment).</summary>
internal sealed class ClusterDirectory : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("ledger-cluster-test-");

    public ClusterDirectory()
    {
        ApiKey = Environment.GetEnvironmentVariable("LEDGER_API_KEY") is { Length: > 0 } fromEnvironment
            ? fromEnvironment
            : Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
    }

    public string ApiKey { get; }

    public string Root => _root.FullName;

    /// <summary>The data directory of <paramref name="siloId"/>, created with the cluster's key in it.</summary>
    public string DataOf(string siloId)
    {
        var data = Path.Combine(_root.FullName, siloId);
        Directory.CreateDirectory(data);
        var keyFile = Path.Combine(data, "api-key");
        if (!File.Exists(keyFile))
        {
            File.WriteAllText(keyFile, ApiKey);
        }

        return data;
    }

    public void Dispose()
    {
        try
        {
            _root.Delete(recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Best effort: a leftover temp directory harms nothing.
        }
    }
}
