namespace Estate.Modules.Finance.Domain;

internal enum PaymentMethod
{
    Cash,
    WeChat,
    Alipay,
    BankTransfer,
    Card,
}
