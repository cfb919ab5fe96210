using System.Data.Common;

namespace Ledger.Storage.Sqlite;

/// <summary>A SQLite failure with the store operation it interrupted (which batch, which partition) in the
/// message. Callers catch it as <see cref="DbException"/>; the original is the inner exception.</summary>
internal sealed class SqliteStoreException(string message, Exception innerException)
    : DbException(message, innerException);
