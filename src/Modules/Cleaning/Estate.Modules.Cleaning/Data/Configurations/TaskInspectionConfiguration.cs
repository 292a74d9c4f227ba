using Estate.Modules.Cleaning.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Estate.Modules.Cleaning.Data.Configurations;

internal sealed class TaskInspectionConfiguration : IEntityTypeConfiguration<TaskInspection>
{
    public void Configure(EntityTypeBuilder<TaskInspection> builder)
    {
        builder.ToTable("task_inspections");
        builder.Property(i => i.Note).HasMaxLength(TaskInspection.NoteMaxLength);
        builder.Property(i => i.InspectorName).HasMaxLength(200);

        builder.HasIndex(i => new { i.OrganizationId, i.TaskId });
        builder.HasIndex(i => new { i.OrganizationId, i.InspectedAt });
    }
}
