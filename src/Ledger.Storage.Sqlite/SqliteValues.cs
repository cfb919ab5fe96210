using System.Globalization;
using Ledger.Storage;
using Microsoft.Data.Sqlite;

namespace Ledger.Storage.Sqlite;

/// <summary>
/// How values that SQLite has no type for are stored: instants as INTEGER microseconds since the Unix epoch
/// (UTC; the precision PostgreSQL keeps, and ordered as numbers) and business dates as ISO TEXT
/// <c>yyyy-MM-dd</c> (ordered as text, checked with <c>date()</c> in the schema).
/// </summary>
internal static class SqliteValues
{
    private const string DateFormat = "yyyy-MM-dd";

    internal static long ToMicros(DateTimeOffset instant) =>
        (instant.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / TimeSpan.TicksPerMicrosecond;

    internal static DateTimeOffset FromMicros(long micros) =>
        DateTimeOffset.UnixEpoch.AddTicks(micros * TimeSpan.TicksPerMicrosecond);

    internal static string ToText(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    internal static object ToDbValue(DateOnly? date) => date is { } value ? ToText(value) : DBNull.Value;

    internal static DateOnly ParseDate(string text) =>
        DateOnly.ParseExact(text, DateFormat, CultureInfo.InvariantCulture);

    internal static DateOnly? GetDate(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : ParseDate(reader.GetString(ordinal));

    /// <summary>Reads the columns of <see cref="SqliteReads.GrainColumns"/>, in that order.</summary>
    internal static GrainRow ReadGrain(SqliteDataReader reader) => new(
        reader.GetInt32(0), reader.GetString(1), (GrainKind)reader.GetInt16(2), reader.GetString(3),
        reader.GetInt64(4), reader.GetFieldValue<byte[]>(5), GetDate(reader, 6));

    internal static OutcomeRecord ReadOutcome(SqliteDataReader reader) => new(
        reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetFieldValue<byte[]>(3),
        reader.GetString(4), GetDate(reader, 5));

    internal static JournalPosting ReadPosting(SqliteDataReader reader) => new(
        reader.GetInt32(0), reader.GetString(1), reader.GetInt64(2), reader.GetInt32(3),
        ParseDate(reader.GetString(4)), (GrainKind)reader.GetInt16(5), reader.GetString(6), reader.GetString(7),
        reader.IsDBNull(8) ? null : reader.GetString(8), reader.GetString(9), reader.GetInt64(10));
}
