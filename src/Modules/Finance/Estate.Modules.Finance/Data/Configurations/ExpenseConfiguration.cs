using Estate.Modules.Finance.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Estate.Modules.Finance.Data.Configurations;

internal sealed class ExpenseConfiguration : IEntityTypeConfiguration<Expense>
{
    public void Configure(EntityTypeBuilder<Expense> builder)
    {
        builder.Property(e => e.Department).HasMaxLength(Budget.DepartmentMaxLength);
        builder.Property(e => e.Description).HasMaxLength(Expense.DescriptionMaxLength);
        builder.Property(e => e.Payee).HasMaxLength(Expense.PayeeMaxLength);
        builder.Property(e => e.Amount).HasPrecision(14, 2);

        builder.HasIndex(e => new { e.OrganizationId, e.Year, e.Department });
        builder.HasIndex(e => new { e.OrganizationId, e.FundRequestId });
        builder.HasIndex(e => new { e.OrganizationId, e.SpentOn });
    }
}
