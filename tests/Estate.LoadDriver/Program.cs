using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

// Fixed-rate driver: request i is due at start + i / rate, so arrivals are evenly spaced (hey -q's workers fire
// together on every tick, so a report at 8/s met bursts of 8), and up to 8–64 requests may be outstanding before an
// answer holds the next one back (wrk keeps its connections busy and so under-reports slow answers). Each request
// is timed from the moment it is handed to the client. The first second runs at the same rate untimed, to open
// connections and warm up both sides.
//
//   Estate.LoadDriver --url URL --rate N --seconds S [--paths FILE] [--method GET|POST] [--body JSON] [--token BEARER]
// With --paths, request i goes to URL + line i (round robin) of FILE, as wrk's scripts vary theirs.
// Prints one line: "p50_ms p99_ms achieved_rps non_2xx"; on stderr, the five slowest requests with their sending times.
var options = ParseOptions(args);
Uri[] urls = options.TryGetValue("paths", out var pathsFile)
    ? [.. File.ReadAllLines(pathsFile).Where(line => line.Length > 0).Select(path => new Uri(options["url"] + path))]
    : [new Uri(options["url"])];
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

var warmup = (int)Math.Ceiling(rate);
var timed = (int)Math.Max(1, Math.Round(rate * seconds));
var total = warmup + timed;
var latencies = new double[total];
var sentAt = new double[total];
var failures = 0;
var failureKinds = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
var clock = Stopwatch.StartNew();
var timedFrom = TimeSpan.FromSeconds(warmup / rate);

// Request i is due at i / rate. Worker w sends requests w, w + W, w + 2W, … each when due, or at once when its
// previous answer came late; with W workers a request waits for an answer only beyond W outstanding ones.
var workerCount = (int)Math.Clamp(Math.Ceiling(rate / 10), 8, 64);
await Task.WhenAll(Enumerable.Range(0, workerCount).Select(worker => Task.Run(async () =>
{
    for (var i = worker; i < total; i += workerCount)
    {
        var wait = TimeSpan.FromSeconds(i / rate) - clock.Elapsed;
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }

        await SendAsync(i);
    }
})));
var elapsed = (clock.Elapsed - timedFrom).TotalSeconds;
var measured = latencies[warmup..];
// The slowest requests with when they were sent, to tell a stall (several at one moment) from slow requests.
foreach (var index in Enumerable.Range(warmup, timed).OrderByDescending(i => latencies[i]).Take(5))
{
    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"slow: {latencies[index]:0.0} ms, sent at {sentAt[index]:0.000} s"));
}

Array.Sort(measured);
Console.WriteLine(string.Create(
    CultureInfo.InvariantCulture, $"{Percentile(measured, 0.50):0.00} {Percentile(measured, 0.99):0.00} {timed / elapsed:0.0} {failures}"));
foreach (var (kind, count) in failureKinds)
{
    Console.Error.WriteLine($"failed: {count} × {kind}");
}

return failures == 0 ? 0 : 1;

async Task SendAsync(int index)
{
    var sent = clock.Elapsed;
    try
    {
        using var request = new HttpRequestMessage(method, urls[index % urls.Length]);
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

    latencies[index] = (clock.Elapsed - sent).TotalMilliseconds;
    sentAt[index] = (sent - timedFrom).TotalSeconds;
}

void Fail(string kind)
{
    Interlocked.Increment(ref failures);
    failureKinds.AddOrUpdate(kind, 1, (_, count) => count + 1);
}

static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

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
