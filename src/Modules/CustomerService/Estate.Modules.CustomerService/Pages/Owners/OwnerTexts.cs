using Estate.Modules.CustomerService.Domain;
using Estate.SharedKernel.Ui;

namespace Estate.Modules.CustomerService.Pages.Owners;

internal static class OwnerTexts
{
    public static string Of(ResidentKind kind) => (kind switch
    {
        ResidentKind.Owner => new LocalizedText("业主", "Owner"),
        ResidentKind.Tenant => new LocalizedText("租户", "Tenant"),
        _ => new LocalizedText(kind.ToString(), kind.ToString()),
    }).Current;
}
