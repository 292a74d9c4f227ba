using Microsoft.AspNetCore.Http;

namespace Estate.SharedKernel.Web;

/// <summary>One title per status, so every problem answer of the platform reads the same.</summary>
public static class ProblemTitles
{
    public static string For(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "One or more fields are invalid.",
        StatusCodes.Status401Unauthorized => "Sign-in required.",
        StatusCodes.Status403Forbidden => "You do not have permission for this.",
        StatusCodes.Status404NotFound => "Not found.",
        StatusCodes.Status409Conflict => "The record has changed or does not allow this.",
        _ => "An unexpected error occurred.",
    };
}
