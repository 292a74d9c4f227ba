namespace Estate.Modules.CustomerService.Contracts;

/// <summary>The permissions the customer-service module declares; endpoints and pages require them by name.</summary>
public static class CustomerServicePermissions
{
    public const string Read = "customer-service.read";
    public const string Write = "customer-service.write";
    public const string Manage = "customer-service.manage";
}
