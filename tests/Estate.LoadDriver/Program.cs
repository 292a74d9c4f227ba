using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

// Open-loop fixed-rate driver: request i is due at start + i / rate, whatever happened to the earlier ones, and its
// latency counts from that due time. Arrivals are evenly spaced, unlike hey -q, whose workers fire together each
// tick, and a slow answer cannot hold back the next request as with wrk (coordinated omission).
//
//   Estate.LoadDriver --url URL --rate N --seconds S [--method GET|POST] [--body JSON] [--token BEARER]
// Prints one line: "p50_ms p99_ms achieved_rps non_2xx".
var options = ParseOptions(args);
var url = new Uri(options["url"]);
var rate = double.Parse(options["rate"], CultureInfo.InvariantCulture);
var seconds = double.Parse(options["seconds"], CultureInfo.InvariantCulture);
var method = new HttpMethod(options.GetValueOrDefault("method", "GET"));
var body = options.GetValueOrDefault("body");
var token = options.GetValueOrDefault("token");

using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1024, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
{
    Timeout = TimeSpan.FromSeconds(60),
};
if (token is not null)
{
    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
}

var total = (int)Math.Max(1, Math.Round(rate * seconds));
var latencies = new double[total];
var failures = 0;
var failureKinds = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
var requests = new Task[total];
var clock = Stopwatch.StartNew();
for (var i = 0; i < total; i++)
{
    var due = TimeSpan.FromSeconds(i / rate);
    var wait = due - clock.Elapsed;
    if (wait > TimeSpan.Zero)
    {
        await Task.Delay(wait);
    }

    requests[i] = SendAsync(i, due);
}

await Task.WhenAll(requests);
var elapsed = clock.Elapsed.TotalSeconds;
Array.Sort(latencies);
Console.WriteLine(string.Create(
    CultureInfo.InvariantCulture, $"{Percentile(0.50):0.00} {Percentile(0.99):0.00} {total / elapsed:0.0} {failures}"));
foreach (var (kind, count) in failureKinds)
{
    Console.Error.WriteLine($"failed: {count} × {kind}");
}

return failures == 0 ? 0 : 1;

void Fail(string kind)
{
    Interlocked.Increment(ref failures);
    failureKinds.AddOrUpdate(kind, 1, (_, count) => count + 1);
}

async Task SendAsync(int index, TimeSpan due)
{
    try
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead);
        if (!response.IsSuccessStatusCode)
        {
            Fail(((int)response.StatusCode).ToString(CultureInfo.InvariantCulture));
        }
    }
    catch (HttpRequestException exception)
    {
        Fail(exception.HttpRequestError.ToString());
    }
    catch (TaskCanceledException)
    {
        Fail("timeout");
    }

    latencies[index] = (clock.Elapsed - due).TotalMilliseconds;
}

double Percentile(double p) => latencies[Math.Min(latencies.Length - 1, (int)Math.Ceiling(p * latencies.Length) - 1)];

static Dictionary<string, string> ParseOptions(string[] args)
{
    var options = new Dictionary<string, string>(StringComparer.Ordinal);
    for (var i = 0; i + 1 < args.Length; i += 2)
    {
        options[args[i].TrimStart('-')] = args[i + 1];
    }

    foreach (var required in new[] { "url", "rate", "seconds" })
    {
        if (!options.ContainsKey(required))
        {
            Console.Error.WriteLine($"Estate.LoadDriver: --{required} is required");
            Environment.Exit(2);
        }
    }

    return options;
}
