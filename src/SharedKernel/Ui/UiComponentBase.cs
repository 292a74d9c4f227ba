using Microsoft.AspNetCore.Components;

namespace Estate.SharedKernel.Ui;

/// <summary>Base of the platform's pages: the sender that runs module requests as the signed-in user, and the company's clock.</summary>
public abstract class UiComponentBase : ComponentBase
{
    [Inject]
    protected IUiSender Sender { get; set; } = default!;

    [Inject]
    protected CompanyClock CompanyTime { get; set; } = default!;
}
