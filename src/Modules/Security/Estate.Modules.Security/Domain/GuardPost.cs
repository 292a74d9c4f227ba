using Estate.SharedKernel.Domain;

namespace Estate.Modules.Security.Domain;

/// <summary>A guard post (岗位) of a property: a gate, a patrol beat, the control room.</summary>
internal sealed class GuardPost(Guid organizationId, Guid id, Guid propertyId, string name, PostKind kind, string? location, DateTimeOffset createdAt)
    : PropertyEntity(organizationId, id, propertyId)
{
    public const int NameMaxLength = 100;
    public const int LocationMaxLength = 200;

    public string Name { get; private set; } = name;

    public PostKind Kind { get; private set; } = kind;

    public string? Location { get; private set; } = location;

    public DateTimeOffset CreatedAt { get; private set; } = createdAt;

    /// <summary>PostgreSQL's xmin: an edit made on an old copy of the post is refused.</summary>
    public uint Version { get; private set; }

    public void Change(string name, PostKind kind, string? location)
    {
        Name = name;
        Kind = kind;
        Location = location;
    }
}
