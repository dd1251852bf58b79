using DomatAljandal.Host.Infrastructure;

namespace DomatAljandal.Host.Features.Surveys;

/// <summary>The problems surveys answer with, worded once, Arabic first.</summary>
internal static class SurveyProblems
{
    public static ProblemException NotFound() =>
        new(StatusCodes.Status404NotFound, "Not found.", "لا يوجد استبيان بهذا المعرّف. / There is no such survey.");

    public static ProblemException AlreadyAnswered() =>
        new(StatusCodes.Status409Conflict, "Already answered.", "أُجيب على هذا الاستبيان من قبل. / This survey has already been answered.");

    public static ProblemException Closed() =>
        new(StatusCodes.Status409Conflict, "The survey has closed.", "أُغلق هذا الاستبيان بعد انقضاء مدته. / This survey has closed.");

    public static ProblemException FollowUpNotFound() =>
        new(StatusCodes.Status404NotFound, "Not found.", "لا توجد متابعة بهذا المعرّف. / There is no such follow-up.");

    public static ProblemException FollowUpClosed() =>
        new(StatusCodes.Status409Conflict, "Already closed.", "أُغلقت هذه المتابعة من قبل. / This follow-up is already closed.");
}
