namespace Estate.Modules.Security.Domain;

internal enum AccessProblemStatus
{
    Open,
    InRepair,
    Resolved,
}
