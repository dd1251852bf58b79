namespace DomatAljandal.Host.Features.Surveys;

/// <summary>
/// What a service type's survey offers besides its questions, set by admins with them: whether the member may add a free
/// comment. A service type without a row offers the comment (the default).
/// </summary>
public sealed class SurveySettings
{
    private SurveySettings()
    {
        ServiceTypeCode = null!;
    }

    public string ServiceTypeCode { get; private set; }

    /// <summary>Whether the survey asks for a free comment.</summary>
    public bool AllowsComment { get; private set; }

    public static SurveySettings For(string serviceTypeCode, bool allowsComment) =>
        new() { ServiceTypeCode = serviceTypeCode, AllowsComment = allowsComment };

    public void Change(bool allowsComment) => AllowsComment = allowsComment;
}
