using System.Text.RegularExpressions;
using Ledger.Silo.Tests.Support;
using Microsoft.AspNetCore.Routing;

namespace Ledger.Silo.Tests.Api;

/// <summary>The README's HTTP API table lists exactly the routes the silo maps: every mapped route (method and path)
/// has a row, and every path in the table is mapped. Parameters match whatever their names (<c>{b}</c> in the README,
/// <c>{borrower}</c> in the code). A row whose path ends in "/" documents every route under it (the dashboard).
/// </summary>
public sealed partial class ReadmeRoutesTests
{
    [Fact]
    public async Task ReadmeApiTable_ListsEveryRouteTheSiloMaps_AndNoOther()
    {
        var documented = DocumentedRoutes();
        List<(string? Method, string Pattern)> mapped;
        var data = Directory.CreateTempSubdirectory("ledger-readme-routes-");
        try
        {
            await using var silo = SiloHost.Build(TestSilo.Arguments(0, data.FullName, postgres: null, []));
            mapped = [.. ((IEndpointRouteBuilder)silo.App).DataSources.SelectMany(d => d.Endpoints)
                .OfType<RouteEndpoint>()
                .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods
                        .Select(m => (string?)m) ?? [null])
                    .Select(m => (m, "/" + e.RoutePattern.RawText!.TrimStart('/'))))];
        }
        finally
        {
            data.Delete(recursive: true);
        }

        Assert.True(documented.Count >= 15, $"{documented.Count} routes in the README's table");
        Assert.True(mapped.Count >= 15, $"{mapped.Count} routes mapped");
        foreach (var (method, pattern) in mapped)
        {
            // A documented path ending in "/" is an application of its own under that prefix (Orleans' dashboard:
            // its page, scripts and data routes), documented by its entry point.
            Assert.True(documented.Any(d => (method is null || d.Method == method)
                    && (Matches(pattern, d.Path) || (d.Path.Length > 1 && d.Path.EndsWith('/')
                        && (pattern + "/").StartsWith(d.Path, StringComparison.Ordinal)))),
                $"{method ?? "(any method)"} {pattern} is mapped but not in the README's HTTP API table.");
        }

        foreach (var (method, path) in documented)
        {
            Assert.True(mapped.Any(m => (m.Method is null || m.Method == method) && Matches(m.Pattern, path)),
                $"{method} {path} is in the README's HTTP API table but the silo does not map it.");
        }
    }

    /// <summary>Whether the README's <paramref name="path"/> (its parameters filled in) is one the route
    /// <paramref name="pattern"/> matches.</summary>
    private static bool Matches(string pattern, string path)
    {
        var route = "^" + string.Join("[^/]+", Parameter().Split(pattern).Select(Regex.Escape)) + "$";
        return Regex.IsMatch(Parameter().Replace(path, "x"), route);
    }

    /// <summary>Every <c>`METHOD /path`</c> in the first column of the README's HTTP API table, query strings left
    /// out.</summary>
    private static List<(string Method, string Path)> DocumentedRoutes()
    {
        var lines = File.ReadAllLines(ReadmePath());
        var start = Array.IndexOf(lines, "### HTTP API");
        Assert.True(start >= 0, "README.md has no '### HTTP API' section.");
        var routes = new List<(string, string)>();
        foreach (var line in lines.Skip(start + 1).SkipWhile(l => !l.StartsWith('|')).TakeWhile(l => l.StartsWith('|')))
        {
            foreach (Match route in DocumentedRoute().Matches(line.Split('|')[1]))
            {
                routes.Add((route.Groups[1].Value, route.Groups[2].Value));
            }
        }

        return routes;
    }

    private static string ReadmePath()
    {
        var output = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory));
        return Path.Combine(output.Parent!.Parent!.Parent!.Parent!.Parent!.FullName, "README.md");
    }

    [GeneratedRegex(@"`(GET|POST|PUT|DELETE|PATCH) (/[^`?\s]*)[^`]*`")]
    private static partial Regex DocumentedRoute();

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Parameter();
}
