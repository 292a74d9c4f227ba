namespace Estate.Modules.Meetings.Domain;

/// <summary>How often a series meets; sets the default report period of a meeting that has no previous one.</summary>
internal enum MeetingCadence
{
    Weekly,
    Biweekly,
    Monthly,
    Quarterly,
    Irregular,
}

internal enum MeetingStatus
{
    Planned,
    Closed,
    Cancelled,
}

/// <summary>The participant roles of the source text: 高层管理人员, 部门负责人, 一线代表, remote property manager, guest.</summary>
internal enum ParticipantRole
{
    SeniorManagement,
    DepartmentHead,
    FrontlineRepresentative,
    RemotePropertyManager,
    Guest,
}

internal enum Attendance
{
    Present,
    Remote,
    Absent,
}

/// <summary>Where a problem comes from: 业主投诉, 内部管理漏洞, 外部合作单位.</summary>
internal enum ProblemSource
{
    OwnerComplaint,
    InternalGap,
    OutsidePartner,
}

internal enum ActionItemStatus
{
    Open,
    InProgress,
    Done,
    Cancelled,
}

internal enum ResourceKind
{
    People,
    Materials,
    Money,
}

internal enum ResourceDecision
{
    Pending,
    Approved,
    PartlyApproved,
    Rejected,
}

/// <summary>What became of a money request's way to finance.</summary>
internal enum FinanceRoute
{
    /// <summary>People or materials: finance is not involved.</summary>
    NotApplicable,

    /// <summary>Finance is off for the company (or not installed): the decision stands in the meeting only.</summary>
    RecordedInMeetingOnly,

    /// <summary>Sent to finance as a fund request; finance decides against the budget.</summary>
    SentToFinance,
}

internal enum NotificationKind
{
    Invitation,
    ReportReminder,
    ActionItemAssigned,
    ActionItemReminder,
    ActionItemEscalation,
    Minutes,
}

internal enum DeliveryChannel
{
    InApp,
    Mail,
}
