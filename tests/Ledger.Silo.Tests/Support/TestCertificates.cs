using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Ledger.Silo.Tests.Support;

/// <summary>A private CA and certificates for mutual TLS tests, written as PEM files in a temp directory: the CA
/// (<see cref="CaPath"/>), a silo certificate and a client certificate it signed, and a stranger's self-signed client
/// certificate. Each certificate file holds the certificate and its private key, as the silo's
/// <c>--tlsCertificate</c> and the client's <c>WithTlsFiles</c> read them.</summary>
internal sealed class TestCertificates : IDisposable
{
    private const string ServerAuth = "1.3.6.1.5.5.7.3.1";
    private const string ClientAuth = "1.3.6.1.5.5.7.3.2";

    public TestCertificates()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("ledger-tls-test-").FullName;
        using var caKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var caRequest = new CertificateRequest("CN=Ledger test CA", caKey, HashAlgorithmName.SHA256);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(
            X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        caRequest.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(caRequest.PublicKey, false));
        using var ca = caRequest.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        CaPath = Write("ca.pem", ca.ExportCertificatePem());
        SiloPath = Write("silo.pem", Issue("CN=ledger-silo", ca, ServerAuth, ClientAuth));
        ClientPath = Write("client.pem", Issue("CN=front-end", ca, ClientAuth));
        StrangerPath = Write("stranger.pem", Issue("CN=stranger", issuer: null, ServerAuth, ClientAuth));
    }

    public string Directory { get; }

    /// <summary>The CA's certificate (PEM, no key).</summary>
    public string CaPath { get; }

    /// <summary>A silo's certificate signed by the CA, for server and client authentication.</summary>
    public string SiloPath { get; }

    /// <summary>A front-end's client certificate signed by the CA.</summary>
    public string ClientPath { get; }

    /// <summary>A certificate signed by itself, fit for a client or a silo: the CA never saw it.</summary>
    public string StrangerPath { get; }

    public void Dispose() => TestSilo.TryDeleteDirectory(Directory);

    /// <summary>A certificate and its key as PEM, signed by <paramref name="issuer"/> (self-signed when null).
    /// </summary>
    private static string Issue(string subject, X509Certificate2? issuer, params string[] usages)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        var oids = new OidCollection();
        foreach (var usage in usages)
        {
            oids.Add(new Oid(usage));
        }

        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(oids, false));
        var sans = new SubjectAlternativeNameBuilder();
        sans.AddIpAddress(System.Net.IPAddress.Loopback);
        sans.AddDnsName("localhost");
        request.CertificateExtensions.Add(sans.Build());
        var (notBefore, notAfter) = (DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(10));
        using var certificate = issuer is null
            ? request.CreateSelfSigned(notBefore, notAfter)
            : request.Create(issuer, notBefore, notAfter, RandomNumberGenerator.GetBytes(16));
        return certificate.ExportCertificatePem() + "\n" + key.ExportPkcs8PrivateKeyPem() + "\n";
    }

    private string Write(string name, string pem)
    {
        var path = Path.Combine(Directory, name);
        File.WriteAllText(path, pem);
        return path;
    }
}
