using Ledger.Silo;

if (SiloCommandLine.AsksForHelp(args))
{
    Console.WriteLine(SiloCommandLine.Usage);
    return 0;
}

SiloHost silo;
try
{
    silo = SiloHost.Build(args);
    SiloCommandLine.CheckPortsFree(silo.App.Configuration, silo.Settings);
}
catch (SiloSettingsException ex)
{
    return await FailAsync(ex.Message, 2);
}
catch (DataDirectoryInUseException ex)
{
    return await FailAsync(ex.Message, 3);
}
catch (PortInUseException ex)
{
    return await FailAsync(ex.Message, 4);
}

await using (silo)
{
    long limit;
    try
    {
        // The executable's process is the silo's own, so the silo's memory budget sets its heap limit here (silos
        // started inside a test process share that process's heap and leave it alone).
        limit = MemoryBudget.Apply(silo.Settings.MemoryLimitMb);
    }
    catch (InvalidOperationException ex)
    {
        return await FailAsync(ex.Message, 2);
    }

    try
    {
        // The ledger's schema is created or migrated before anything starts, so that a refused upgrade is one line.
        await silo.MigrateAsync();
    }
    catch (Exception ex) when (MigrationRefused(ex) is { } refused)
    {
        return await FailAsync(refused.Message, 5);
    }

    Console.WriteLine(silo.Banner);
    Console.WriteLine(silo.Settings.MemoryLimitMb > 0
        ? $"Memory budget {silo.Settings.MemoryLimitMb} MB (--memoryLimitMb): heap limit {limit / (1024 * 1024)} MB."
        : $"No memory budget (--memoryLimitMb 0): heap limit {limit / (1024 * 1024)} MB, the runtime's own.");
    try
    {
        await silo.App.RunAsync();
    }
    catch (Exception ex) when (PortTaken(ex))
    {
        // Taken between the check above and the bind.
        return await FailAsync($"a port the silo listens on is in use by another process: {ex.Message}", 4);
    }
}

return 0;

static async Task<int> FailAsync(string message, int exitCode)
{
    await Console.Error.WriteLineAsync($"error: {message}");
    return exitCode;
}

static Ledger.Storage.SchemaMigrationRefusedException? MigrationRefused(Exception? ex) => ex switch
{
    null => null,
    Ledger.Storage.SchemaMigrationRefusedException refused => refused,
    AggregateException aggregate => aggregate.InnerExceptions.Select(MigrationRefused).FirstOrDefault(r => r is not null),
    _ => MigrationRefused(ex.InnerException),
};

static bool PortTaken(Exception? ex) => ex switch
{
    null => false,
    Microsoft.AspNetCore.Connections.AddressInUseException => true,
    System.Net.Sockets.SocketException { SocketErrorCode: System.Net.Sockets.SocketError.AddressAlreadyInUse } => true,
    AggregateException aggregate => aggregate.InnerExceptions.Any(PortTaken),
    _ => PortTaken(ex.InnerException),
};
