using Estate.Modules.CustomerService.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Estate.Modules.CustomerService.Data.Configurations;

internal sealed class BuildingConfiguration : IEntityTypeConfiguration<Building>
{
    public void Configure(EntityTypeBuilder<Building> builder)
    {
        builder.Property(b => b.Name).HasMaxLength(Building.NameMaxLength);
        // Npgsql maps a uint row version to the xmin system column: nothing is stored for it.
        builder.Property(b => b.Version).IsRowVersion();
        builder.HasIndex(b => new { b.OrganizationId, b.PropertyId, b.Name }).IsUnique();
    }
}

internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> builder)
    {
        builder.Property(u => u.Number).HasMaxLength(Unit.NumberMaxLength);
        builder.Property(u => u.Entrance).HasMaxLength(Unit.EntranceMaxLength);
        builder.Property(u => u.FloorArea).HasPrecision(10, 2);
        builder.Property(u => u.Version).IsRowVersion();
        builder.HasOne<Building>().WithMany().HasForeignKey(u => new { u.OrganizationId, u.BuildingId }).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => new { u.OrganizationId, u.BuildingId, u.Number }).IsUnique();
        builder.HasIndex(u => new { u.OrganizationId, u.PropertyId, u.Id });
    }
}

internal sealed class OwnerConfiguration : IEntityTypeConfiguration<Owner>
{
    public void Configure(EntityTypeBuilder<Owner> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(Owner.NameMaxLength);
        builder.Property(o => o.Phone).HasMaxLength(Owner.PhoneMaxLength);
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(o => o.Version).IsRowVersion();
        builder.Ignore(o => o.IsOwner);
        builder.HasOne<Unit>().WithMany().HasForeignKey(o => new { o.OrganizationId, o.UnitId }).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => new { o.OrganizationId, o.UnitId, o.Name }).IsUnique();
        builder.HasIndex(o => new { o.OrganizationId, o.PropertyId, o.Name });
    }
}
