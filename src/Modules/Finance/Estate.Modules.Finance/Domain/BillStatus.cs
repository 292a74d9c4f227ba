namespace Estate.Modules.Finance.Domain;

/// <summary>Where a bill stands, read from what was paid on it; whether it is overdue is told apart (past its due date, not paid).</summary>
internal enum BillStatus
{
    Unpaid,
    PartlyPaid,
    Paid,
}
