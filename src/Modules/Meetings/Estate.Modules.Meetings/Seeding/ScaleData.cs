using Estate.Modules.Meetings.Domain;
using Estate.SharedKernel.Security;
using Estate.SharedKernel.Seeding;
using NpgsqlTypes;

namespace Estate.Modules.Meetings.Seeding;

/// <summary>
/// Work meetings of a company at scale, spread over three years: past ones closed (a few cancelled) with their
/// participants' attendance and action items mostly done, recent items still open or overdue, and a few meetings
/// planned ahead. Only this module's tables: no report snapshots or minutes.
/// </summary>
internal sealed class ScaleData : IScaleDataGenerator
{
    private static readonly string[] Agenda = ["各部门工作汇报", "重点问题讨论", "行动项跟进", "资源申请"];

    private static readonly string[] ActionTitles =
    [
        "电梯困人投诉整改", "地库照明更换", "催缴长期欠费", "夜间巡逻补岗", "垃圾清运时间调整", "外墙渗水维修方案", "业主满意度回访", "消防通道清理",
    ];

    public int Order => 20;

    public async Task<IReadOnlyDictionary<string, long>> GenerateAsync(ScaleDataContext context, CancellationToken cancellationToken)
    {
        var random = context.RandomFor("meetings");
        var count = context.Profile.Meetings;
        var chair = context.Users.FirstOrDefault(u => u.Role == PlatformRoles.SeniorManager) ?? context.Users[0];
        var heads = context.Users.Where(u => u.Department is not null && u.Email.Contains(".head@", StringComparison.Ordinal)).ToList();
        var propertyIds = context.Properties.Select(p => p.Id).ToArray();

        // The last few are still ahead of us; the rest are spread over the history, two weeks apart at large scale.
        var meetings = Enumerable.Range(0, count).Select(i =>
        {
            var startsAt = i >= count - Math.Max(1, count / 50)
                ? context.To.AddDays(7 * (i - (count - Math.Max(1, count / 50)) + 1))
                : context.Spread(i, count, random);
            startsAt = startsAt.AddTicks(-(startsAt.Ticks % TimeSpan.TicksPerHour));
            var status = startsAt > context.To ? MeetingStatus.Planned : random.Next(40) == 0 ? MeetingStatus.Cancelled : MeetingStatus.Closed;
            return (Id: ScaleCopy.Id(startsAt.AddDays(-7), random), StartsAt: startsAt, Status: status);
        }).ToList();

        await using (var copy = await ScaleCopy.BeginAsync(context.Connection, "meetings.meetings", "organization_id, id, series_id, title, starts_at, ends_at, place, online_link, property_ids, chair_user_id, chair_name, agenda, report_from, report_to, status, summary, cancel_reason, created_at, closed_at", cancellationToken))
        {
            foreach (var meeting in meetings)
            {
                var local = TimeZoneInfo.ConvertTime(meeting.StartsAt, context.TimeZone);
                copy.StartRow();
                copy.WriteId(context.OrganizationId);
                copy.WriteId(meeting.Id);
                copy.WriteId(null);
                copy.WriteText($"{local:yyyy年M月d日} 工作例会");
                copy.WriteTime(meeting.StartsAt);
                copy.WriteTime(meeting.StartsAt.AddHours(2));
                copy.WriteText("公司三楼会议室");
                copy.WriteText(null);
                copy.Write(propertyIds, NpgsqlDbType.Array | NpgsqlDbType.Uuid);
                copy.WriteId(chair.Id);
                copy.WriteText(chair.DisplayName);
                copy.Write(Agenda, NpgsqlDbType.Array | NpgsqlDbType.Text);
                copy.WriteTime(meeting.StartsAt.AddDays(-14));
                copy.WriteTime(meeting.StartsAt);
                copy.WriteText(meeting.Status.ToString());
                copy.WriteText(meeting.Status == MeetingStatus.Closed ? "各部门汇报完毕，明确下阶段行动项。" : null);
                copy.WriteText(meeting.Status == MeetingStatus.Cancelled ? "台风预警，会议取消" : null);
                copy.WriteTime(meeting.StartsAt.AddDays(-7));
                copy.WriteTime(meeting.Status == MeetingStatus.Closed ? meeting.StartsAt.AddHours(2) : null);
            }

            await copy.CompleteAsync(cancellationToken);
        }

        long participants = 0;
        await using (var copy = await ScaleCopy.BeginAsync(context.Connection, "meetings.participants", "organization_id, id, meeting_id, user_id, name, email, role, department, attendance", cancellationToken))
        {
            foreach (var meeting in meetings)
            {
                foreach (var (user, role) in heads.Select(h => (h, ParticipantRole.DepartmentHead)).Prepend((chair, ParticipantRole.SeniorManagement)))
                {
                    copy.StartRow();
                    copy.WriteId(context.OrganizationId);
                    copy.WriteId(ScaleCopy.Id(meeting.StartsAt.AddDays(-7), random));
                    copy.WriteId(meeting.Id);
                    copy.WriteId(user.Id);
                    copy.WriteText(user.DisplayName);
                    copy.WriteText(user.Email);
                    copy.WriteText(role.ToString());
                    copy.WriteText(user.Department);
                    copy.WriteText(meeting.Status == MeetingStatus.Closed ? (random.Next(10) switch { 0 => Attendance.Absent, 1 => Attendance.Remote, _ => Attendance.Present }).ToString() : null);
                    participants++;
                }
            }

            await copy.CompleteAsync(cancellationToken);
        }

        long items = 0;
        await using (var copy = await ScaleCopy.BeginAsync(context.Connection, "meetings.action_items", "organization_id, id, series_id, meeting_id, problem_id, title, owner_user_id, owner_name, owner_email, department, deadline, due_at, expected_outcome, status, progress, progress_at, created_at, completed_at, reminded_at, escalated_at", cancellationToken))
        {
            foreach (var meeting in meetings.Where(m => m.Status == MeetingStatus.Closed && heads.Count > 0))
            {
                for (var n = 0; n < 4; n++)
                {
                    var owner = heads[random.Next(heads.Count)];
                    var createdAt = meeting.StartsAt.AddHours(2);
                    var dueAt = createdAt.AddDays(7 + random.Next(21));
                    var old = context.To - dueAt > TimeSpan.FromDays(30);
                    var status = old
                        ? random.Next(20) switch { 0 => ActionItemStatus.Cancelled, 1 => ActionItemStatus.InProgress, _ => ActionItemStatus.Done }
                        : (ActionItemStatus)random.Next(3);
                    var completedAt = status == ActionItemStatus.Done ? Min(dueAt.AddDays(random.Next(-6, 4)), context.To) : (DateTimeOffset?)null;
                    var overdue = status is ActionItemStatus.Open or ActionItemStatus.InProgress && dueAt < context.To;
                    copy.StartRow();
                    copy.WriteId(context.OrganizationId);
                    copy.WriteId(ScaleCopy.Id(createdAt, random));
                    copy.WriteId(null);
                    copy.WriteId(meeting.Id);
                    copy.WriteId(null);
                    copy.WriteText(ActionTitles[random.Next(ActionTitles.Length)]);
                    copy.WriteId(owner.Id);
                    copy.WriteText(owner.DisplayName);
                    copy.WriteText(owner.Email);
                    copy.WriteText(owner.Department);
                    copy.WriteDate(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(dueAt, context.TimeZone).DateTime));
                    copy.WriteTime(dueAt);
                    copy.WriteText("按期完成并在下次例会汇报");
                    copy.WriteText(status.ToString());
                    copy.WriteText(status == ActionItemStatus.InProgress ? "已安排人员，正在推进" : null);
                    copy.WriteTime(status == ActionItemStatus.InProgress ? createdAt.AddDays(3) : null);
                    copy.WriteTime(createdAt);
                    copy.WriteTime(completedAt);
                    copy.WriteTime(overdue ? dueAt.AddDays(-1) : null);
                    copy.WriteTime(overdue && context.To - dueAt > TimeSpan.FromDays(3) ? dueAt.AddDays(3) : null);
                    items++;
                }
            }

            await copy.CompleteAsync(cancellationToken);
        }

        return new Dictionary<string, long> { ["meetings"] = count, ["participants"] = participants, ["action_items"] = items };
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
