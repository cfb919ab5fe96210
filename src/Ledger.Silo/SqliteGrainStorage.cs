using System.Globalization;
using Ledger.Grains;
using Ledger.Storage.Sqlite;
using Orleans.Storage;

namespace Ledger.Silo;

/// <summary>The embedded silo's Orleans grain storage for state that holds no money (the scheduled end of day), in
/// the SQLite store's <c>grain_state</c> table; cluster mode uses <c>Persistence.AdoNet</c> on PostgreSQL instead.
/// The ETag is the row's version: a write that does not name the version stored is refused with
/// <see cref="InconsistentStateException"/>, as Orleans' own providers do.</summary>
internal sealed class SqliteGrainStorage(LedgerServices services, IGrainStorageSerializer serializer) : IGrainStorage
{
    private SqliteLedgerStore Store => services.Store as SqliteLedgerStore
        ?? throw new InvalidOperationException("The embedded grain storage needs the SQLite store.");

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        // The schema (grain_state included) exists once the ledger is initialized.
        await services.PartitionCountAsync();
        var stored = await Store.ReadGrainStateAsync(stateName, grainId.ToString(), CancellationToken.None);
        if (stored is not { } row)
        {
            grainState.State = Activator.CreateInstance<T>();
            grainState.ETag = null;
            grainState.RecordExists = false;
            return;
        }

        grainState.State = row.Payload is { } payload
            ? serializer.Deserialize<T>(new BinaryData(payload))
            : Activator.CreateInstance<T>();
        grainState.ETag = row.Version.ToString(CultureInfo.InvariantCulture);
        grainState.RecordExists = row.Payload is not null;
    }

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        WriteAsync(stateName, grainId, grainState, serializer.Serialize(grainState.State).ToArray());

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        WriteAsync(stateName, grainId, grainState, payload: null);

    private async Task WriteAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, byte[]? payload)
    {
        await services.PartitionCountAsync();
        long? expected = grainState.ETag is { } etag ? long.Parse(etag, CultureInfo.InvariantCulture) : null;
        var written = await Store.WriteGrainStateAsync(stateName, grainId.ToString(), payload, expected,
            CancellationToken.None);
        if (written is not { } version)
        {
            throw new InconsistentStateException(
                $"The grain state {stateName} of {grainId} was written by another activation first.",
                storedEtag: "unknown", currentEtag: grainState.ETag ?? "none");
        }

        grainState.ETag = version.ToString(CultureInfo.InvariantCulture);
        grainState.RecordExists = payload is not null;
        if (payload is null)
        {
            grainState.State = Activator.CreateInstance<T>();
        }
    }
}
