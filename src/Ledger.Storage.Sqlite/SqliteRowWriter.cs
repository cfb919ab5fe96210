using Microsoft.Data.Sqlite;

namespace Ledger.Storage.Sqlite;

/// <summary>
/// One prepared statement run once per row. SQLite is in-process, so a row per call costs no round trip;
/// reusing the command (and its parameter objects) keeps the statement compiled across rows.
/// </summary>
internal sealed class SqliteRowWriter<TRow> : IAsyncDisposable
{
    private readonly SqliteCommand _command;
    private readonly Func<TRow, object?>[] _values;

    internal SqliteRowWriter(
        SqliteConnection connection, SqliteTransaction transaction, string sql,
        params (string Name, Func<TRow, object?> Value)[] parameters)
    {
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandText = sql;
        _values = new Func<TRow, object?>[parameters.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            _command.Parameters.Add(new SqliteParameter { ParameterName = parameters[i].Name });
            _values[i] = parameters[i].Value;
        }
    }

    /// <summary>Runs the statement for <paramref name="row"/>; returns the number of rows it changed.</summary>
    internal Task<int> WriteAsync(TRow row, CancellationToken cancellationToken)
    {
        for (var i = 0; i < _values.Length; i++)
        {
            _command.Parameters[i].Value = _values[i](row) ?? DBNull.Value;
        }

        return _command.ExecuteNonQueryAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => _command.DisposeAsync();
}
