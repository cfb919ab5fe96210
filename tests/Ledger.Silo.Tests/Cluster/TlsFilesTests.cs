using System.Security.Cryptography.X509Certificates;
using Ledger.Client.Cluster;
using Ledger.Silo.Tests.Support;

namespace Ledger.Silo.Tests.Cluster;

/// <summary>The TLS files a front-end's client and a silo both read (<see cref="TlsFiles"/>): a wrong file is one
/// line naming it and saying why, and a certificate is trusted only when it chains to the given CA.</summary>
public sealed class TlsFilesTests : IDisposable
{
    private readonly TestCertificates _certificates = new();

    public void Dispose() => _certificates.Dispose();

    [Fact]
    public void ReadCertificate_MissingFile_IsOneLineSayingNoSuchFile()
    {
        var path = Path.Combine(_certificates.Directory, "none.pem");

        var error = Assert.Throws<FormatException>(() => TlsFiles.ReadCertificate(path));

        Assert.Equal($"TLS certificate {path}: no such file (expected a PEM file with the certificate and its "
            + "unencrypted private key).", error.Message);
    }

    [Fact]
    public void ReadCertificate_FileWithoutACertificate_IsOneLineNamingTheFileAndTheOption()
    {
        var path = Write("notes.pem", "not a certificate\n");

        var error = Assert.Throws<FormatException>(() => TlsFiles.ReadCertificate(path, "--tlsCertificate"));

        Assert.StartsWith($"--tlsCertificate {path}: ", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("(expected a PEM file with the certificate and its unencrypted private key).", error.Message,
            StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void ReadCertificate_CertificateWithoutItsKey_IsOneLine()
    {
        var error = Assert.Throws<FormatException>(() => TlsFiles.ReadCertificate(_certificates.CaPath));

        Assert.StartsWith($"TLS certificate {_certificates.CaPath}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("PEM", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void ReadAuthorities_MissingFile_IsOneLineSayingNoSuchFile()
    {
        var path = Path.Combine(_certificates.Directory, "none.pem");

        var error = Assert.Throws<FormatException>(() => TlsFiles.ReadAuthorities(path));

        Assert.Equal($"TLS CA {path}: no such file (expected PEM certificates).", error.Message);
    }

    [Fact]
    public void ReadAuthorities_FileWithoutACertificate_IsOneLineSayingSo()
    {
        var path = Write("notes.pem", "not a certificate\n");

        var error = Assert.Throws<FormatException>(() => TlsFiles.ReadAuthorities(path, "--tlsClientCa"));

        Assert.Equal($"--tlsClientCa {path}: no PEM certificate in the file.", error.Message);
    }

    [Fact]
    public void ChainsTo_CertificatesTheCaSignedAndAStrangers_TrustsOnlyTheSigned()
    {
        var authorities = TlsFiles.ReadAuthorities(_certificates.CaPath);
        using var client = TlsFiles.ReadCertificate(_certificates.ClientPath);
        using var silo = TlsFiles.ReadCertificate(_certificates.SiloPath);
        using var stranger = TlsFiles.ReadCertificate(_certificates.StrangerPath);

        Assert.True(client.HasPrivateKey);
        Assert.True(TlsFiles.ChainsTo(client, authorities));
        Assert.True(TlsFiles.ChainsTo(silo, authorities));
        Assert.False(TlsFiles.ChainsTo(stranger, authorities));
        Assert.False(TlsFiles.ChainsTo(client, []));
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_certificates.Directory, name);
        File.WriteAllText(path, text);
        return path;
    }
}
