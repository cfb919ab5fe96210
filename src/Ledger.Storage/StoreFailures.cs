using System.Net.Sockets;

namespace Ledger.Storage;

/// <summary>What a failed call of an <see cref="ILedgerStore"/> means for its caller.</summary>
public enum StoreFailure
{
    /// <summary>Not a failure that passes by itself (a bug, a broken schema, a wrong password): answered as a fault
    /// and logged as one.</summary>
    Fault = 0,

    /// <summary>The store could not be reached now, or gave the work up for a reason that passes (the server
    /// restarting or failing over, a lost connection, a serialization failure or deadlock, a timeout): nothing was
    /// written, and the same call may simply be made again.</summary>
    Transient = 1,

    /// <summary>The connection was lost while a commit was in flight: it may or may not have been written. Sending
    /// the same commands again settles it, since a command's outcome key is unique: a command written is answered
    /// as recorded, one not written is decided now.</summary>
    CommitFateUnknown = 2,
}

/// <summary>A commit whose connection was lost after it was sent: whether it was written is not known (see
/// <see cref="StoreFailure.CommitFateUnknown"/>).</summary>
public sealed class CommitFateUnknownException(string message, Exception innerException)
    : Exception(message, innerException);

/// <summary>The part of failure classification every store shares: the exception's chain is walked (stores and
/// callers wrap failures with context), and a timeout or an I/O or socket error anywhere in it is transient.</summary>
public static class StoreFailures
{
    /// <summary>Classifies <paramref name="failure"/>: <paramref name="own"/> judges each exception of the chain the
    /// store's client library throws, the rest is judged here. The first exception of the chain found transient
    /// or of unknown fate decides; otherwise the failure is a fault.</summary>
    public static StoreFailure Classify(Exception failure, Func<Exception, StoreFailure> own)
    {
        ArgumentNullException.ThrowIfNull(failure);
        ArgumentNullException.ThrowIfNull(own);
        var transient = false;
        foreach (var exception in Chain(failure))
        {
            if (exception is CommitFateUnknownException)
            {
                return StoreFailure.CommitFateUnknown;
            }

            transient |= exception is TimeoutException or IOException or SocketException
                || own(exception) == StoreFailure.Transient;
        }

        return transient ? StoreFailure.Transient : StoreFailure.Fault;
    }

    /// <summary><paramref name="failure"/>, its inner exceptions, and those of an aggregate, depth first.</summary>
    public static IEnumerable<Exception> Chain(Exception failure)
    {
        var pending = new Stack<Exception>([failure]);
        var seen = 0;
        while (pending.Count > 0 && seen++ < 64)
        {
            var exception = pending.Pop();
            yield return exception;
            if (exception is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.Reverse())
                {
                    pending.Push(inner);
                }
            }
            else if (exception.InnerException is { } inner)
            {
                pending.Push(inner);
            }
        }
    }
}
