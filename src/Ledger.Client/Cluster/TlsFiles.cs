using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Ledger.Client.Cluster;

/// <summary>The PEM files of the ledger's mutual TLS, read the one way both ends read them: a front-end's client
/// (<see cref="LedgerClusterOptions.WithTlsFiles"/>) and a silo (<c>--tlsCertificate</c>, <c>--tlsClientCa</c>).
/// The CA is the ledger's own, so a chain to it is the identity: host names are not checked (gateways and silos are
/// found by address).</summary>
public static class TlsFiles
{
    /// <summary>A certificate and its unencrypted private key, both PEM, from one file
    /// (<c>cat silo.crt silo.key &gt; silo.pem</c>).</summary>
    /// <param name="path">The file.</param>
    /// <param name="name">What the file is called in an error message: an option name, say.</param>
    /// <exception cref="FormatException">A file that is missing, unreadable, not PEM or without a private key; the
    /// message, one line, names it and says why.</exception>
    public static X509Certificate2 ReadCertificate(string path, string name = "TLS certificate")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        X509Certificate2 certificate;
        try
        {
            certificate = X509Certificate2.CreateFromPemFile(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or CryptographicException
            or ArgumentException)
        {
            throw new FormatException($"{name} {path}: {Reason(ex)} (expected a PEM file with the certificate and "
                + "its unencrypted private key).", ex);
        }

        if (!certificate.HasPrivateKey)
        {
            certificate.Dispose();
            throw new FormatException($"{name} {path}: the file holds no private key.");
        }

        return certificate;
    }

    /// <summary>The CA certificates (PEM, one or more) a peer's certificate must chain to.</summary>
    /// <param name="path">The file.</param>
    /// <param name="name">What the file is called in an error message: an option name, say.</param>
    /// <exception cref="FormatException">A file that is missing, unreadable or holds no PEM certificate; the
    /// message, one line, names it and says why.</exception>
    public static X509Certificate2Collection ReadAuthorities(string path, string name = "TLS CA")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var authorities = new X509Certificate2Collection();
        try
        {
            authorities.ImportFromPemFile(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or CryptographicException
            or ArgumentException)
        {
            throw new FormatException($"{name} {path}: {Reason(ex)} (expected PEM certificates).", ex);
        }

        return authorities.Count > 0
            ? authorities
            : throw new FormatException($"{name} {path}: no PEM certificate in the file.");
    }

    /// <summary>Whether <paramref name="certificate"/> chains to one of <paramref name="authorities"/> (and not to
    /// the machine's trusted roots), and is valid now. False when there are no authorities.</summary>
    public static bool ChainsTo(X509Certificate2 certificate, X509Certificate2Collection authorities)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        ArgumentNullException.ThrowIfNull(authorities);
        if (authorities.Count == 0)
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(authorities);
        // A private CA publishes no revocation list; rotating the CA or the certificates is how one is withdrawn.
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(certificate);
    }

    private static string Reason(Exception ex) => ex switch
    {
        FileNotFoundException or DirectoryNotFoundException => "no such file",
        UnauthorizedAccessException => "not readable",
        _ => ex.Message.ReplaceLineEndings(" ").TrimEnd('.'),
    };
}
