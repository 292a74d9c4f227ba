using Estate.SharedKernel.Domain;

namespace Estate.Modules.Meetings.Domain;

/// <summary>Someone invited to a meeting: a user of the company, or a named outsider (e-mail optional).</summary>
internal sealed class Participant : TenantEntity
{
    public const int NameMaxLength = 200;
    public const int EmailMaxLength = 254;
    public const int DepartmentMaxLength = 64;

    private Participant(Guid organizationId, Guid id, Guid meetingId, string name)
        : base(organizationId, id)
    {
        MeetingId = meetingId;
        Name = name;
    }

    public Guid MeetingId { get; private set; }

    /// <summary>The company user; null for an outsider.</summary>
    public Guid? UserId { get; private set; }

    public string Name { get; private set; }

    public string? Email { get; private set; }

    public ParticipantRole Role { get; private set; }

    /// <summary>The department (module id) the participant speaks for, if any.</summary>
    public string? Department { get; private set; }

    public Attendance? Attendance { get; private set; }

    public static Participant Invite(Guid organizationId, Guid meetingId, Guid? userId, string name, string? email, ParticipantRole role, string? department, DateTimeOffset now) =>
        new(organizationId, Guid.CreateVersion7(now), meetingId, name)
        {
            UserId = userId,
            Email = string.IsNullOrWhiteSpace(email) ? null : email,
            Role = role,
            Department = string.IsNullOrWhiteSpace(department) ? null : department,
        };

    public void RecordAttendance(Attendance attendance) => Attendance = attendance;
}
