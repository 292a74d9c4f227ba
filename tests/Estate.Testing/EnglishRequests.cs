using System.Net.Http.Json;

namespace Estate.Testing;

/// <summary>
/// Requests as a user who chose English sends them: with the culture cookie the language switcher sets. Without it
/// the platform answers in Chinese, its default.
/// </summary>
public static class EnglishRequests
{
    public const string CultureCookie = ".AspNetCore.Culture=c=en|uic=en";

    public static Task<HttpResponseMessage> GetInEnglishAsync(this HttpClient client, string url) =>
        client.SendInEnglishAsync(HttpMethod.Get, url);

    public static Task<HttpResponseMessage> PostJsonInEnglishAsync(this HttpClient client, string url, object body) =>
        client.SendInEnglishAsync(HttpMethod.Post, url, body);

    public static Task<HttpResponseMessage> PutJsonInEnglishAsync(this HttpClient client, string url, object body) =>
        client.SendInEnglishAsync(HttpMethod.Put, url, body);

    public static Task<HttpResponseMessage> SendInEnglishAsync(this HttpClient client, HttpMethod method, string url, object? body = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body, options: ApiClient.Json) };
        request.Headers.TryAddWithoutValidation("Cookie", CultureCookie);
        return client.SendAsync(request);
    }
}
