using Estate.SharedKernel.Domain;

namespace Estate.Modules.Security.Domain;

/// <summary>A point on a route; its code, unique in the company, is what the QR or NFC tag on site carries.</summary>
internal sealed class PatrolCheckpoint(
    Guid organizationId,
    Guid id,
    Guid propertyId,
    Guid routeId,
    int sequence,
    string code,
    string name,
    string? location) : PropertyEntity(organizationId, id, propertyId)
{
    public const int CodeMaxLength = 64;
    public const int NameMaxLength = 100;
    public const int LocationMaxLength = 200;

    public Guid RouteId { get; private set; } = routeId;

    public int Sequence { get; private set; } = sequence;

    public string Code { get; private set; } = code;

    public string Name { get; private set; } = name;

    public string? Location { get; private set; } = location;

    /// <summary>Tags are read back as printed, in either case: codes are kept and matched in upper case.</summary>
    public static string NormalizeCode(string code) => code.Trim().ToUpperInvariant();
}
