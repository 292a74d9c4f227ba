using Estate.Modules.Finance.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Estate.Modules.Finance.Data.Configurations;

internal sealed class FundRequestConfiguration : IEntityTypeConfiguration<FundRequest>
{
    public void Configure(EntityTypeBuilder<FundRequest> builder)
    {
        builder.Property(f => f.Department).HasMaxLength(Budget.DepartmentMaxLength);
        builder.Property(f => f.Purpose).HasMaxLength(FundRequest.PurposeMaxLength);
        builder.Property(f => f.ReferenceType).HasMaxLength(FundRequest.ReferenceTypeMaxLength);
        builder.Property(f => f.DecisionReason).HasMaxLength(FundRequest.ReasonMaxLength);
        builder.Property(f => f.RequestedAmount).HasPrecision(14, 2);
        builder.Property(f => f.ApprovedAmount).HasPrecision(14, 2);
        builder.Property(f => f.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(f => f.Version).IsRowVersion();

        builder.HasIndex(f => new { f.OrganizationId, f.Status, f.RequestedAt });
        builder.HasIndex(f => new { f.OrganizationId, f.BudgetYear, f.Department });
        builder.HasIndex(f => new { f.OrganizationId, f.DecidedAt });
    }
}
