using Estate.Modules.CustomerService.Contracts;
using Estate.Modules.CustomerService.Data;
using Estate.Modules.CustomerService.Domain;
using Estate.Modules.Engineering.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.CustomerService.Features.Complaints;

/// <summary>
/// The engineering work order behind a complaint: <see cref="Live"/> when engineering answered just now,
/// otherwise the copy kept from its events (engineering switched off or uninstalled since).
/// </summary>
internal sealed record WorkOrderView(
    Guid Id, string? Number, WorkOrderStatus? Status, string? DelayReason, DateTimeOffset? Deadline, bool? IsOverdue, DateTimeOffset? AsOf, bool Live);

/// <summary>A complaint as the API shows it, with its times against the targets; <see cref="Version"/> is sent back with every change.</summary>
internal sealed record ComplaintDetails(
    Guid Id,
    string Number,
    Guid PropertyId,
    ComplaintKind Kind,
    ComplaintCategory Category,
    ComplaintChannel Channel,
    Guid? UnitId,
    string? UnitLabel,
    Guid? OwnerId,
    string? OwnerName,
    string? ContactName,
    string? ContactPhone,
    string Title,
    string? Description,
    string ResponsibleDepartment,
    ComplaintStatus Status,
    DateTimeOffset OpenedAt,
    DateTimeOffset ResponseDueAt,
    DateTimeOffset CloseDueAt,
    DateTimeOffset? FirstRespondedAt,
    decimal? FirstResponseHours,
    bool IsResponseOverdue,
    string? ResponseNote,
    DateTimeOffset? ResolvedAt,
    string? ResolutionNote,
    DateTimeOffset? ClosedAt,
    decimal? ResolutionHours,
    bool IsCloseOverdue,
    int ReopenCount,
    string? ReopenReason,
    DateTimeOffset? FollowUpAt,
    Satisfaction? FollowUpSatisfaction,
    string? FollowUpNote,
    WorkOrderView? WorkOrder,
    uint Version)
{
    public static ComplaintDetails From(Complaint c, string? unitLabel, string? ownerName, DateTimeOffset now, WorkOrderSummary? live = null) => new(
        c.Id,
        c.Number,
        c.PropertyId,
        c.Kind,
        c.Category,
        c.Channel,
        c.UnitId,
        unitLabel,
        c.OwnerId,
        ownerName,
        c.ContactName,
        c.ContactPhone,
        c.Title,
        c.Description,
        c.ResponsibleDepartment,
        c.Status,
        c.OpenedAt,
        c.ResponseDueAt,
        c.CloseDueAt,
        c.FirstRespondedAt,
        Hours(c.OpenedAt, c.FirstRespondedAt),
        (c.FirstRespondedAt ?? now) > c.ResponseDueAt,
        c.ResponseNote,
        c.ResolvedAt,
        c.ResolutionNote,
        c.ClosedAt,
        Hours(c.OpenedAt, c.ResolvedAt),
        (c.ClosedAt ?? now) > c.CloseDueAt,
        c.ReopenCount,
        c.ReopenReason,
        c.FollowUpAt,
        c.FollowUpSatisfaction,
        c.FollowUpNote,
        WorkOrderOf(c, live),
        c.Version);

    private static WorkOrderView? WorkOrderOf(Complaint c, WorkOrderSummary? live) => (c.WorkOrderId, live) switch
    {
        (null, _) => null,
        (_, { } w) => new WorkOrderView(w.WorkOrderId, w.Number, w.Status, w.DelayReason, w.Deadline, w.IsOverdue, null, Live: true),
        ({ } id, null) => new WorkOrderView(id, c.WorkOrderNumber, c.WorkOrderStatus, c.WorkOrderDelayReason, c.WorkOrderDeadline, null, c.WorkOrderUpdatedAt, Live: false),
    };

    private static decimal? Hours(DateTimeOffset from, DateTimeOffset? to) =>
        to is { } end ? decimal.Round((decimal)(end - from).TotalHours, 1) : null;
}

/// <summary>Complaints with the labels of their unit and owner, for the queries that show them.</summary>
internal static class ComplaintRows
{
    internal sealed record Row(Complaint Complaint, string? UnitLabel, string? OwnerName);

    public static IQueryable<Row> Query(CustomerServiceDbContext db, IQueryable<Complaint> complaints) =>
        from c in complaints
        select new Row(
            c,
            db.Units.Where(u => u.Id == c.UnitId).Select(u => db.Buildings.Where(b => b.Id == u.BuildingId).Select(b => b.Name).First() + " " + u.Number).FirstOrDefault(),
            db.Owners.Where(o => o.Id == c.OwnerId).Select(o => o.Name).FirstOrDefault());

    /// <summary>The details of a complaint a command has just changed.</summary>
    public static async Task<ComplaintDetails> DetailsAsync(CustomerServiceDbContext db, Complaint complaint, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var unitLabel = complaint.UnitId is null
            ? null
            : await (from u in db.Units
                     join b in db.Buildings on u.BuildingId equals b.Id
                     where u.Id == complaint.UnitId
                     select b.Name + " " + u.Number).FirstOrDefaultAsync(cancellationToken);
        var ownerName = complaint.OwnerId is null
            ? null
            : await db.Owners.Where(o => o.Id == complaint.OwnerId).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken);
        return ComplaintDetails.From(complaint, unitLabel, ownerName, now);
    }
}
