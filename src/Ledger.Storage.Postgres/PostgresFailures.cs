using Npgsql;

namespace Ledger.Storage.Postgres;

/// <summary>Which failures of Npgsql and of the server pass by themselves (<see cref="StoreFailure.Transient"/>), and
/// which of them mean the server or the connection went away (then the pool holds connections that are broken too).
/// </summary>
internal static class PostgresFailures
{
    public static StoreFailure Classify(Exception failure) =>
        StoreFailures.Classify(failure, e => IsTransient(e) ? StoreFailure.Transient : StoreFailure.Fault);

    /// <summary>Whether <paramref name="failure"/> (one exception, not its chain) passes by itself.</summary>
    public static bool IsTransient(Exception failure) => failure switch
    {
        PostgresException server => IsTransientState(server.SqlState)
            || (server.InvariantSeverity is "FATAL" or "PANIC" && !IsConfigurationState(server.SqlState)),
        // Npgsql's own failures below the server's answers: a connection that could not be opened or broke, no
        // host of a multi-host string that is the primary (yet), the pool exhausted while the server was away. An
        // operation still in progress on a connection is a bug of its user.
        NpgsqlOperationInProgressException => false,
        NpgsqlException => true,
        _ => false,
    };

    /// <summary>Whether the server or the connection went away: the pool's idle connections are likely broken as
    /// well (Npgsql does not check a pooled connection before handing it out), and a commit in flight may or may
    /// not have been written.</summary>
    public static bool IsConnectionLoss(Exception failure) => StoreFailures.Chain(failure).Any(e => e switch
    {
        PostgresException server => server.SqlState.StartsWith("08", StringComparison.Ordinal)
            || server.SqlState is AdminShutdown or CrashShutdown or CannotConnectNow or ReadOnlyTransaction
            || server.InvariantSeverity is "FATAL" or "PANIC",
        NpgsqlOperationInProgressException => false,
        NpgsqlException => true,
        IOException or System.Net.Sockets.SocketException => true,
        _ => false,
    });

    // SQLSTATEs of PostgreSQL's appendix A that pass by themselves.
    private const string AdminShutdown = "57P01";
    private const string CrashShutdown = "57P02";
    private const string CannotConnectNow = "57P03";
    private const string SerializationFailure = "40001";
    private const string DeadlockDetected = "40P01";
    private const string TooManyConnections = "53300";
    private const string QueryCanceled = "57014";
    /// <summary>A write on a server that is (now) a standby: after a failover, a connection to the old primary.
    /// </summary>
    internal const string ReadOnlyTransaction = "25006";

    private static bool IsTransientState(string state) =>
        state.StartsWith("08", StringComparison.Ordinal) // connection exceptions
        || state is AdminShutdown or CrashShutdown or CannotConnectNow or SerializationFailure or DeadlockDetected
            or TooManyConnections or QueryCanceled or ReadOnlyTransaction;

    /// <summary>FATAL errors that do not pass: a wrong password or role (28xxx), a database that does not exist
    /// (3D000).</summary>
    private static bool IsConfigurationState(string state) =>
        state.StartsWith("28", StringComparison.Ordinal) || state == "3D000";
}
