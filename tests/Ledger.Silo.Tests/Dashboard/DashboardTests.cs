using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Ledger.Silo.Tests.Support;
using Microsoft.Playwright;

namespace Ledger.Silo.Tests.Dashboard;

/// <summary>Orleans' dashboard on the silo (<c>/dashboard</c>): a browser with the key (HTTP Basic, the key as the
/// password) sees the ledger's grains; without it, or with a wrong key, it gets a 401 that asks for credentials;
/// <c>--dashboard off</c> serves none. The browser is Debian's chromium (<c>.ci/run</c> installs it), driven by
/// Playwright's driver from its package.</summary>
public sealed class DashboardTests
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task Dashboard_InHeadlessChromiumWithTheKey_ShowsTheLedgersGrains()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: apt-get install chromium (.ci/run does).");
        await using var silo = await TestSilo.StartSqliteAsync();
        await SiloApi.AcceptAllAsync(silo.Http,
            """{"type":"SetBusinessDate","id":"d0","date":"2024-03-01"}""",
            """{"type":"OpenBorrower","id":"c1","borrower":"SHOP-A","limit":50000000}""",
            """{"type":"OpenCreditLine","id":"c2","borrower":"SHOP-A","line":"QL","limit":20000000,"rate":"0.0360","expiryDate":"2025-02-28"}""",
            """{"type":"Draw","id":"c3","borrower":"SHOP-A","line":"QL","amount":1000000}""",
            """{"type":"OpenBorrower","id":"c1","borrower":"SHOP-B","limit":50000000}""");
        Assert.Equal(HttpStatusCode.OK, (await SiloApi.GetAsync(silo.Http, "v1/borrowers/SHOP-A/lines/QL")).Status);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            // As root (CI) chromium refuses its sandbox.
            Args = ["--no-sandbox"],
        });
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            HttpCredentials = new HttpCredentials { Username = "operator", Password = silo.ApiKey },
        });
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(new Uri(silo.BaseAddress, "dashboard/").ToString());
        Assert.NotNull(response);
        Assert.Equal(200, response.Status);

        // The grains page lists grain types with their activations, from the counters it polls every second: two
        // borrower grains (SHOP-A, SHOP-B), the line grain handed its command to SHOP-A's, the ledger grain.
        await page.GotoAsync(new Uri(silo.BaseAddress, "dashboard/#/grains").ToString());
        var borrowers = page.Locator("tr", new PageLocatorOptions { HasText = "BorrowerGrain" }).First;
        await borrowers.WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        // A cell of exactly "2" (the activations column; the rates are decimals).
        await Ledger.Testing.Poll.UntilAsync(async () =>
                (await borrowers.Locator("td").AllInnerTextsAsync()).Any(c => c.Trim() == "2"),
            TimeSpan.FromSeconds(60), "the dashboard showing two BorrowerGrain activations");
        Assert.True(await page.Locator("tr", new PageLocatorOptions { HasText = "LedgerGrain" }).First.IsVisibleAsync());
        Assert.Contains("Ledger.Grains", await page.ContentAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_WithoutTheKeyOrWithAWrongOne_Is401AskingForBasicCredentials()
    {
        await using var silo = await TestSilo.StartSqliteAsync();
        using var anonymous = silo.CreateHttpClient(apiKey: null);
        using var wrong = silo.CreateHttpClient(apiKey: null);
        wrong.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes("operator:not-the-key")));
        using var right = silo.CreateHttpClient(apiKey: null);
        right.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"operator:{silo.ApiKey}")));

        foreach (var client in new[] { anonymous, wrong })
        {
            foreach (var path in new[] { "dashboard/", "dashboard/index.min.js" })
            {
                using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
                Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
                Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Basic");
            }
        }

        using var allowed = await right.GetAsync(new Uri("dashboard/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        // The key as a Basic password opens the dashboard only, not the API.
        using var api = await right.GetAsync(new Uri("v1/status", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }

    [Fact]
    public async Task Dashboard_Off_IsNotServed()
    {
        await using var silo = await TestSilo.StartSqliteAsync("--dashboard", "off");
        using var response = await silo.Http.GetAsync(new Uri("dashboard/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
