using Estate.Modules.Engineering.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Estate.Modules.Engineering.Data.Configurations;

internal sealed class WorkOrderConfiguration : IEntityTypeConfiguration<WorkOrder>
{
    public void Configure(EntityTypeBuilder<WorkOrder> builder)
    {
        builder.Property(w => w.Number).HasMaxLength(WorkOrder.NumberMaxLength);
        builder.Property(w => w.Title).HasMaxLength(WorkOrder.TitleMaxLength);
        builder.Property(w => w.Description).HasMaxLength(WorkOrder.DescriptionMaxLength);
        builder.Property(w => w.Category).HasConversion<string>().HasMaxLength(32);
        builder.Property(w => w.Priority).HasConversion<string>().HasMaxLength(32);
        builder.Property(w => w.Source).HasConversion<string>().HasMaxLength(32);
        builder.Property(w => w.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(w => w.AssigneeName).HasMaxLength(WorkOrder.AssigneeNameMaxLength);
        builder.Property(w => w.DelayReason).HasMaxLength(WorkOrder.ReasonMaxLength);
        builder.Property(w => w.ReferenceType).HasMaxLength(WorkOrder.ReferenceTypeMaxLength);
        builder.Property(w => w.ReopenReason).HasMaxLength(WorkOrder.ReasonMaxLength);
        builder.Property(w => w.CompletionNotes).HasMaxLength(WorkOrder.ReasonMaxLength);
        builder.Property(w => w.OwnerComment).HasMaxLength(WorkOrder.CommentMaxLength);
        builder.Ignore(w => w.IsOpen);

        // Npgsql maps a uint row version to the xmin system column: nothing is stored for it.
        builder.Property(w => w.Version).IsRowVersion();

        builder.HasOne<Facility>().WithMany()
            .HasForeignKey(w => new { w.OrganizationId, w.FacilityId })
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<MaintenancePlan>().WithMany()
            .HasForeignKey(w => new { w.OrganizationId, w.MaintenancePlanId })
            .OnDelete(DeleteBehavior.Restrict);

        // Ends with the list's order, so a page of a property's work orders in a status reads just its rows
        // instead of sorting every match (issue 7: 2,000,000 work orders a company).
        builder.HasIndex(w => new { w.OrganizationId, w.PropertyId, w.Status, w.CreatedAt, w.Id });
        builder.HasIndex(w => new { w.OrganizationId, w.CreatedAt });
        builder.HasIndex(w => new { w.OrganizationId, w.CompletedAt });
        builder.HasIndex(w => new { w.OrganizationId, w.Status, w.Deadline });
        // With created_at and completed_at, the meeting report's "what happened in the period" ORs these indexes
        // (1.3 s → 0.1 s a period at 2,000,000 work orders); partial, as most orders never get some of the times.
        builder.HasIndex(w => new { w.OrganizationId, w.RespondedAt }).HasFilter("responded_at IS NOT NULL");
        builder.HasIndex(w => new { w.OrganizationId, w.LastReopenedAt }).HasFilter("last_reopened_at IS NOT NULL");
        builder.HasIndex(w => new { w.OrganizationId, w.RatedAt }).HasFilter("rated_at IS NOT NULL");
        // The meeting report's most overdue work orders: without it, a scan of every work order (3.2 s at 2,000,000).
        builder.HasIndex(w => new { w.OrganizationId, w.Deadline })
            .HasDatabaseName("ix_work_orders_organization_id_deadline_overdue")
            .HasFilter("is_overdue");
        // The dashboard's count of overdue open work orders, read from the index alone (21 ms → 4 ms at 29,000 overdue).
        builder.HasIndex(w => new { w.OrganizationId, w.PropertyId }, "ix_work_orders_organization_id_property_id_overdue")
            .IncludeProperties(w => w.Status)
            .HasDatabaseName("ix_work_orders_organization_id_property_id_overdue")
            .HasFilter("is_overdue");
        // The meeting report's longest-waiting work orders: 20 index entries instead of sorting 10,000 (13 ms → 0.1 ms).
        builder.HasIndex(w => new { w.OrganizationId, w.DelayedAt })
            .HasDatabaseName("ix_work_orders_organization_id_delayed_at_waiting")
            .HasFilter("status = 'Waiting'");
        // One work order per plan and due date, however often (or concurrently) the plan job runs.
        builder.HasIndex(w => new { w.OrganizationId, w.MaintenancePlanId, w.PlannedFor })
            .IsUnique()
            .HasFilter("maintenance_plan_id IS NOT NULL");
    }
}
