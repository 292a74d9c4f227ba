namespace Estate.Modules.CustomerService.Contracts;

/// <summary>投诉 / 建议 / 咨询.</summary>
public enum ComplaintKind
{
    Complaint,
    Suggestion,
    Enquiry,
}

public enum ComplaintCategory
{
    Cleaning,
    Security,
    Noise,
    Parking,
    Repair,
    Fees,
    Other,
}

public enum ComplaintChannel
{
    Phone,
    WalkIn,
    Hotline,
    Online,
}
