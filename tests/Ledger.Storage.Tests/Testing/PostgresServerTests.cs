using Ledger.Testing;
using Npgsql;

namespace Ledger.Storage.Tests.Testing;

public sealed class PostgresServerTests
{
    [Fact]
    public async Task StartNew_ThenDispose_ServesFreshDatabasesAndLeavesNothingBehind()
    {
        string logPath;
        string first;
        using (var server = PostgresServer.StartNew())
        {
            logPath = server.LogPath;
            first = await server.CreateDatabaseAsync();
            var second = await server.CreateDatabaseAsync();
            Assert.NotEqual(first, second);

            await using var connection = new NpgsqlConnection(first);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SHOW synchronous_commit", connection);
            Assert.Equal("on", await command.ExecuteScalarAsync());
            command.CommandText = "SHOW fsync";
            Assert.Equal("on", await command.ExecuteScalarAsync());
        }

        Assert.False(Directory.Exists(Path.GetDirectoryName(logPath)));
        // Refused, or (should another server have taken the port since) no such database: gone either way.
        var unpooled = new NpgsqlConnectionStringBuilder(first) { Pooling = false }.ConnectionString;
        await using var stale = new NpgsqlConnection(unpooled);
        await Assert.ThrowsAnyAsync<NpgsqlException>(() => stale.OpenAsync());
    }
}
