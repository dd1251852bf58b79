using DomatAljandal.Host.Infrastructure;

namespace DomatAljandal.Host.Features.Privacy;

internal static class PrivacyProblems
{
    public static ProblemException NoSuchRequest(Guid id) =>
        new(StatusCodes.Status404NotFound, "No such data request.", $"لا يوجد طلب بيانات بهذا المعرف. / There is no data request {id}.");

    public static ProblemException NoSuchBreach(Guid id) =>
        new(StatusCodes.Status404NotFound, "No such breach.", $"لا يوجد خرق بهذا المعرف. / There is no breach {id}.");
}
