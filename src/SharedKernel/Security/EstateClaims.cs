namespace Estate.SharedKernel.Security;

/// <summary>Claim types the Host puts on a signed-in user.</summary>
public static class EstateClaims
{
    public const string OrganizationId = "estate:org";
    public const string Department = "estate:department";
    public const string AllProperties = "estate:all-properties";
    public const string PropertyId = "estate:property";
    public const string TimeZone = "estate:tz";
    public const string Language = "estate:lang";
}
