using Estate.Modules.Finance.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Estate.Modules.Finance.Data.Configurations;

internal sealed class BudgetConfiguration : IEntityTypeConfiguration<Budget>
{
    public void Configure(EntityTypeBuilder<Budget> builder)
    {
        builder.Property(b => b.Department).HasMaxLength(Budget.DepartmentMaxLength);
        builder.Property(b => b.Amount).HasPrecision(14, 2);
        builder.Property(b => b.Note).HasMaxLength(Budget.NoteMaxLength);
        builder.Property(b => b.Version).IsRowVersion();

        builder.HasIndex(b => new { b.OrganizationId, b.Year, b.Department }).IsUnique();
    }
}
