namespace Ledger.Silo.Tests.Support;

/// <summary>One SQLite silo shared by the tests of a class, with the business date set to
/// <see cref="BusinessDate"/>. Tests keep out of each other's way by naming borrowers of their own
/// (<see cref="NewId"/>); none of them sends EndOfDay, so the date stays put.</summary>
public sealed class ApiSiloFixture : IAsyncLifetime
{
    public const string BusinessDate = "2024-03-01";

    private TestSilo? _silo;

    internal TestSilo Silo => _silo ?? throw new InvalidOperationException("The fixture is not initialized.");

    public async Task InitializeAsync()
    {
        _silo = await TestSilo.StartSqliteAsync();
        var response = await SiloApi.PostAsync(_silo.Http, "v1/commands",
            $$"""{"type":"SetBusinessDate","id":"fixture-date","date":"{{BusinessDate}}"}""");
        Assert.Equal("ACCEPTED", response.Json.GetProperty("outcome").GetString());
    }

    public async Task DisposeAsync()
    {
        if (_silo is not null)
        {
            await _silo.DisposeAsync();
        }
    }

    /// <summary>A fresh id (for a borrower, line or command) no other test uses.</summary>
    public static string NewId(string prefix) => prefix + Guid.NewGuid().ToString("N")[..12];
}
