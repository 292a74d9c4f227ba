using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Estate.Modules.RawBaseline;

/// <summary>One SQL command EF Core ran, with copies of its parameters, and the DbContext type (module) that ran it.</summary>
public sealed record CapturedCommand(string Context, string Sql, IReadOnlyList<NpgsqlParameter> Parameters);

/// <summary>
/// Records the SQL commands EF Core runs for one marked request, so the raw baseline can replay exactly the same
/// statements with the same parameter values (used for the meeting report and the dashboard, whose SQL spans
/// several modules). The request is marked with a W3C traceparent header carrying the trace id handed out by
/// <see cref="Arm"/>; ASP.NET Core starts the request's Activity with that trace id and it flows into every
/// query, including those of report sources running in scopes of their own. The listeners only ask ASP.NET Core
/// and EF Core for events while a capture is armed, so benchmark runs pay nothing for them.
/// </summary>
public sealed class SqlCapture : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
{
    public static readonly SqlCapture Instance = new();

    private const string RequestActivity = "Microsoft.AspNetCore.Hosting.HttpRequestIn";

    private readonly ConcurrentDictionary<string, Capture> _captures = new(StringComparer.Ordinal);
    private volatile Capture? _armed;

    private SqlCapture() => DiagnosticListener.AllListeners.Subscribe(this);

    public sealed class Capture(string name, Guid organizationId, string traceId)
    {
        public string Name { get; } = name;

        public Guid OrganizationId { get; } = organizationId;

        public string TraceId { get; } = traceId;

        public ConcurrentQueue<CapturedCommand> Commands { get; } = new();
    }

    /// <summary>Starts a capture under a name (replacing an earlier one); returns the trace id to send.</summary>
    public Capture Arm(string name, Guid organizationId)
    {
        var capture = new Capture(name, organizationId, ActivityTraceId.CreateRandom().ToHexString());
        _captures[name] = capture;
        _armed = capture;
        return capture;
    }

    public void Disarm() => _armed = null;

    public Capture? Find(string name, Guid organizationId) =>
        _captures.TryGetValue(name, out var capture) && capture.OrganizationId == organizationId ? capture : null;

    void IObserver<DiagnosticListener>.OnNext(DiagnosticListener value)
    {
        if (value.Name is "Microsoft.EntityFrameworkCore")
        {
            value.Subscribe(this, (name, _, _) => _armed is not null && name == RelationalEventId.CommandExecuted.Name);
        }
        else if (value.Name is "Microsoft.AspNetCore")
        {
            value.Subscribe(this, (name, _, _) => _armed is not null && name == RequestActivity);
        }
    }

    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Value is CommandExecutedEventData executed && _armed is { } capture
            && Activity.Current?.TraceId.ToHexString() == capture.TraceId)
        {
            var parameters = executed.Command.Parameters.Cast<NpgsqlParameter>().Select(p => p.Clone()).ToList();
            capture.Commands.Enqueue(new CapturedCommand(executed.Context?.GetType().FullName ?? "", executed.Command.CommandText, parameters));
        }
    }

    void IObserver<DiagnosticListener>.OnCompleted()
    {
    }

    void IObserver<DiagnosticListener>.OnError(Exception error)
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnCompleted()
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnError(Exception error)
    {
    }
}
