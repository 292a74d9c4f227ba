using Estate.Modules.Meetings.Data;
using Estate.Modules.Meetings.Documents;
using Estate.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Meetings.Features.Minutes;

/// <summary>Reads a meeting's minutes and records that the signed-in user has read them (once; the first read counts).</summary>
internal static class MinutesAccess
{
    public static async Task<(MinutesDocument Document, DateTimeOffset CreatedAt, DateTimeOffset? DistributedAt)?> ReadAsync(
        MeetingsDbContext db, ITenantContext tenant, Guid meetingId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var minutes = await db.Minutes.AsNoTracking().FirstOrDefaultAsync(m => m.Id == meetingId, cancellationToken);
        if (minutes is null)
        {
            return null;
        }

        if (tenant.UserId is { } userId)
        {
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"""
                INSERT INTO meetings.minutes_readings (organization_id, id, meeting_id, user_id, read_at)
                VALUES ({tenant.OrganizationId}, {Guid.CreateVersion7(now)}, {meetingId}, {userId}, {now})
                ON CONFLICT (organization_id, meeting_id, user_id) DO NOTHING
                """,
                cancellationToken);
        }

        return (MeetingsJson.Read<MinutesDocument>(minutes.Content), minutes.CreatedAt, minutes.DistributedAt);
    }
}
