using System.Net.Security;
using Ledger.Client.Cluster;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Orleans.Connections.Security;

namespace Ledger.Silo;

/// <summary>Mutual TLS on the silo's Orleans connections (<c>--tlsCertificate</c>, <c>--tlsClientCa</c>;
/// issue 17 item 7, "Trust"): the gateway and the silo port take only TLS connections whose peer shows a
/// certificate signed by the ledger's CA, and this silo dials the other silos over TLS with its own certificate.
/// The CA is the ledger's own (a front-end's certificate and the silos' come from it), so a chain to it is the
/// identity: host names are not checked (gateways and silos are found by address in the membership table).</summary>
internal sealed record OrleansTls(X509Certificate2 Certificate, X509Certificate2Collection Authorities)
{
    /// <summary>Extended key usages a silo's certificate needs when it has that extension: it serves (gateway,
    /// silo port) and it dials the other silos as their client.</summary>
    private static readonly string[] SiloUsages = ["1.3.6.1.5.5.7.3.1", "1.3.6.1.5.5.7.3.2"];

    /// <summary>From <c>--tlsCertificate</c> and <c>--tlsClientCa</c>: none when neither is given, else both read
    /// now, so that a wrong file stops the start with one line (exit code 2) instead of failing every connection.
    /// </summary>
    public static OrleansTls? Load(string? certificatePath, string? authorityPath)
    {
        var (hasCertificate, hasAuthority) =
            (!string.IsNullOrWhiteSpace(certificatePath), !string.IsNullOrWhiteSpace(authorityPath));
        if (!hasCertificate && !hasAuthority)
        {
            return null;
        }

        if (!hasCertificate || !hasAuthority)
        {
            throw new SiloSettingsException(
                "--tlsCertificate and --tlsClientCa go together: mutual TLS needs this silo's certificate and the CA "
                + "that client and silo certificates must be signed by.");
        }

        var certificate = ReadCertificate(certificatePath!);
        var authorities = Read(() => TlsFiles.ReadAuthorities(authorityPath!, "--tlsClientCa"));
        var tls = new OrleansTls(certificate, authorities);
        if (!tls.Trusts(certificate))
        {
            throw new SiloSettingsException($"--tlsCertificate {certificatePath}: not signed by --tlsClientCa "
                + $"{authorityPath} (or expired): the other silos would refuse it.");
        }

        return tls;
    }

    /// <summary>TLS on every Orleans connection of the silo: inbound on the gateway and silo ports, requiring a
    /// certificate signed by the CA; outbound to the other silos, showing this silo's certificate and checking
    /// theirs the same way.</summary>
    public void Configure(ISiloBuilder silo) => silo.UseTls(Certificate, options =>
    {
        options.RemoteCertificateMode = RemoteCertificateMode.RequireCertificate;
        options.ClientCertificateMode = RemoteCertificateMode.RequireCertificate;
        // The peer's chain is checked against the ledger's CA here, not against the machine's trusted roots.
        options.RemoteCertificateValidation = (certificate, _, _) => Trusts(certificate);
        // A peer that connects and never finishes its handshake is dropped after this (Orleans' default: 10 s).
        options.HandshakeTimeout = TimeSpan.FromSeconds(5);
    });

    /// <summary>Whether <paramref name="certificate"/> chains to one of the CA's certificates, and is valid now.
    /// </summary>
    public bool Trusts(X509Certificate2 certificate) => TlsFiles.ChainsTo(certificate, Authorities);

    /// <summary>The certificate as a front-end's is read (<see cref="TlsFiles.ReadCertificate"/>), and fit for a
    /// silo: a silo serves clients and dials the other silos, so where its certificate limits its extended key
    /// usage, both server and client authentication are needed.</summary>
    private static X509Certificate2 ReadCertificate(string path)
    {
        var certificate = Read(() => TlsFiles.ReadCertificate(path, "--tlsCertificate"));
        var usages = certificate.Extensions.OfType<X509EnhancedKeyUsageExtension>().FirstOrDefault();
        if (usages is not null && SiloUsages.Any(oid => !usages.EnhancedKeyUsages.Cast<Oid>().Any(u => u.Value == oid)))
        {
            throw new SiloSettingsException($"--tlsCertificate {path}: its extended key usage must allow both "
                + "server and client authentication (a silo serves clients and dials the other silos).");
        }

        return certificate;
    }

    /// <summary>A file read at start whose error is a setting's: one line, exit code 2.</summary>
    private static T Read<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (FormatException ex)
        {
            throw new SiloSettingsException(ex.Message);
        }
    }
}
