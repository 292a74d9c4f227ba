namespace Estate.Modules.Meetings.Contracts;

/// <summary>The permissions the meetings module declares; endpoints require them by name.</summary>
public static class MeetingsPermissions
{
    /// <summary>See meetings, agendas, minutes, action items and one's own notifications.</summary>
    public const string Read = "meetings.read";

    /// <summary>Comment on one's department report, raise problems, report progress on one's action items.</summary>
    public const string Contribute = "meetings.contribute";

    /// <summary>Plan meetings and series, invite, record problems, action items, requests, and close.</summary>
    public const string Organize = "meetings.organize";

    /// <summary>Decide resource requests.</summary>
    public const string Decide = "meetings.decide";

    /// <summary>The company's meeting settings, such as the order departments report in.</summary>
    public const string Configure = "meetings.configure";
}
