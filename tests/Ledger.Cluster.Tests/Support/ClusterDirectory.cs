using System.Security.Cryptography;

namespace Ledger.Cluster.Tests.Support;

/// <summary>A temp directory holding one data directory per silo of a test cluster, and the cluster's keys, a client
/// and an operator one: <c>LEDGER_API_KEY</c> and <c>LEDGER_OPERATOR_KEY</c> when this process has them (an
/// in-process silo reads them first), otherwise fresh keys that every silo gets as <c>DIR/api-key</c> and
/// <c>DIR/operator-key</c>.</summary>
internal sealed class ClusterDirectory : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("ledger-cluster-test-");

    public ClusterDirectory()
    {
        ClientKey = KeyOf("LEDGER_API_KEY");
        ApiKey = KeyOf("LEDGER_OPERATOR_KEY");
    }

    /// <summary>The operator key, which the tests send (they set business dates and drain silos).</summary>
    public string ApiKey { get; }

    /// <summary>The client key.</summary>
    public string ClientKey { get; }

    public string Root => _root.FullName;

    /// <summary>The data directory of <paramref name="siloId"/>, created with the cluster's key in it.</summary>
    public string DataOf(string siloId)
    {
        var data = Path.Combine(_root.FullName, siloId);
        Directory.CreateDirectory(data);
        foreach (var (file, key) in new[] { ("api-key", ClientKey), ("operator-key", ApiKey) })
        {
            var keyFile = Path.Combine(data, file);
            if (!File.Exists(keyFile))
            {
                File.WriteAllText(keyFile, key);
            }
        }

        return data;
    }

    private static string KeyOf(string variable) =>
        Environment.GetEnvironmentVariable(variable)?.Split(',', StringSplitOptions.TrimEntries)[0] is { Length: > 0 } key
            ? key
            : Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));

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
