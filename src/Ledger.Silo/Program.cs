using Ledger.Silo;

await using var silo = SiloHost.Build(args);
Console.WriteLine(silo.Banner);
await silo.App.RunAsync();
