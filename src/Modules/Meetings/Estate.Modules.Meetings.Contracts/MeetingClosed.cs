using Estate.SharedKernel.Messaging;

namespace Estate.Modules.Meetings.Contracts;

/// <summary>A meeting was closed: its reports are frozen and its minutes exist.</summary>
public sealed record MeetingClosed(
    Guid OrganizationId,
    Guid MeetingId,
    Guid? SeriesId,
    string Title,
    DateTimeOffset StartsAt,
    DateTimeOffset ClosedAt,
    int ActionItemCount) : IIntegrationEvent;
