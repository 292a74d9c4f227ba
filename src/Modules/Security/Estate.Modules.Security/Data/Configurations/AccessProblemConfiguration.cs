using Estate.Modules.Security.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Estate.Modules.Security.Data.Configurations;

internal sealed class AccessProblemConfiguration : IEntityTypeConfiguration<AccessProblem>
{
    public void Configure(EntityTypeBuilder<AccessProblem> builder)
    {
        builder.Property(a => a.Gate).HasMaxLength(AccessProblem.GateMaxLength);
        builder.Property(a => a.Problem).HasMaxLength(AccessProblem.ProblemMaxLength);
        builder.Property(a => a.ReportedByName).HasMaxLength(AccessProblem.NameMaxLength);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(a => a.WorkOrderNumber).HasMaxLength(32);
        builder.Property(a => a.Resolution).HasMaxLength(AccessProblem.ResolutionMaxLength);
        builder.Property(a => a.Version).IsRowVersion();
        builder.HasIndex(a => new { a.OrganizationId, a.PropertyId, a.Status });
        builder.HasIndex(a => new { a.OrganizationId, a.ReportedAt });
    }
}
