using System.Net;
using System.Net.Sockets;

namespace Ledger.Testing;

public static class FreePort
{
    /// <summary>A loopback port nobody listened on a moment ago. Another process may take it before the caller
    /// binds it, so callers retry a failed start on a new port.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
