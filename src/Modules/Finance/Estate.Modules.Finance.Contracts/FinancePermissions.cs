namespace Estate.Modules.Finance.Contracts;

/// <summary>The permissions the finance module declares; endpoints require them by name.</summary>
public static class FinancePermissions
{
    /// <summary>Fee items, collection rates, arrears totals, budgets, fund requests, billing runs and the meeting report.</summary>
    public const string Read = "finance.read";

    /// <summary>Owners' accounts: bills, payments, units in arrears, parking spaces, expenses.</summary>
    public const string ReadAccounts = "finance.accounts.read";

    public const string Bill = "finance.billing";
    public const string ManageFeeItems = "finance.fee-items.manage";
    public const string ManageBudgets = "finance.budgets.manage";
    public const string RecordExpenses = "finance.expenses.record";
    public const string SubmitFundRequests = "finance.fund-requests.submit";
    public const string DecideFundRequests = "finance.fund-requests.decide";
}
