using Estate.Modules.Finance.Contracts;
using Estate.Modules.Finance.Domain;
using Estate.SharedKernel.Ui;

namespace Estate.Modules.Finance.Pages;

/// <summary>How finance values read on the pages, in both languages.</summary>
internal static class FinanceTexts
{
    public static string Of(BillStatus status) => (status switch
    {
        BillStatus.Unpaid => new LocalizedText("未缴", "Unpaid"),
        BillStatus.PartlyPaid => new LocalizedText("部分缴纳", "Partly paid"),
        BillStatus.Paid => new LocalizedText("已缴清", "Paid"),
        _ => new LocalizedText(status.ToString(), status.ToString()),
    }).Current;

    public static string Of(PaymentMethod method) => (method switch
    {
        PaymentMethod.Cash => new LocalizedText("现金", "Cash"),
        PaymentMethod.WeChat => new LocalizedText("微信", "WeChat"),
        PaymentMethod.Alipay => new LocalizedText("支付宝", "Alipay"),
        PaymentMethod.BankTransfer => new LocalizedText("银行转账", "Bank transfer"),
        PaymentMethod.Card => new LocalizedText("刷卡", "Card"),
        _ => new LocalizedText(method.ToString(), method.ToString()),
    }).Current;

    public static string Of(FundRequestStatus status) => (status switch
    {
        FundRequestStatus.Pending => new LocalizedText("待审批", "Pending"),
        FundRequestStatus.Approved => new LocalizedText("已批准", "Approved"),
        FundRequestStatus.PartlyApproved => new LocalizedText("部分批准", "Partly approved"),
        FundRequestStatus.Rejected => new LocalizedText("已驳回", "Rejected"),
        _ => new LocalizedText(status.ToString(), status.ToString()),
    }).Current;

    public static string Of(FeeItemKind kind) => (kind switch
    {
        FeeItemKind.PerSquareMetre => new LocalizedText("按面积（元/㎡）", "Per m²"),
        FeeItemKind.PerUnit => new LocalizedText("按户", "Per unit"),
        FeeItemKind.PerParkingSpace => new LocalizedText("按车位", "Per parking space"),
        _ => new LocalizedText(kind.ToString(), kind.ToString()),
    }).Current;

    public static string Of(BillingTrigger trigger) => (trigger switch
    {
        BillingTrigger.Request => new LocalizedText("手动生成", "On request"),
        BillingTrigger.Schedule => new LocalizedText("每月自动", "Monthly job"),
        _ => new LocalizedText(trigger.ToString(), trigger.ToString()),
    }).Current;

    public static string Of(UnitsSource source) => (source switch
    {
        UnitsSource.CustomerService => new LocalizedText("客服部房屋资料", "Customer service's units"),
        UnitsSource.Copy => new LocalizedText("财务留存副本（客服部不可用）", "Finance's copy (customer service unavailable)"),
        _ => new LocalizedText(source.ToString(), source.ToString()),
    }).Current;

    public static string Department(string id) => (id switch
    {
        "engineering" => new LocalizedText("工程部", "Engineering"),
        "customer-service" => new LocalizedText("客服部", "Customer service"),
        "security" => new LocalizedText("秩序部", "Security"),
        "cleaning" => new LocalizedText("环境部", "Cleaning"),
        "finance" => new LocalizedText("财务部", "Finance"),
        "meetings" => new LocalizedText("会议", "Meetings"),
        _ => new LocalizedText(id, id),
    }).Current;

    public static string Money(decimal amount) => amount.ToString("N2", System.Globalization.CultureInfo.CurrentCulture);
}
