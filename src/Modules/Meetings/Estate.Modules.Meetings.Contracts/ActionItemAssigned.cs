using Estate.SharedKernel.Messaging;

namespace Estate.Modules.Meetings.Contracts;

/// <summary>A meeting gave a department an action item; the department's module may track it.</summary>
public sealed record ActionItemAssigned(
    Guid OrganizationId,
    Guid ActionItemId,
    Guid MeetingId,
    string Department,
    Guid OwnerUserId,
    string Title,
    DateOnly Deadline) : IIntegrationEvent;
