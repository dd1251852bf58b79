using DomatAljandal.Host.Infrastructure;

namespace DomatAljandal.Host.Features.Portal;

/// <summary>The problems the portal answers with, worded once (Arabic first, English after, as the member reads them).</summary>
internal static class PortalProblems
{
    /// <summary>Someone else's record, or none: the portal never says which.</summary>
    public static ProblemException NotFound() =>
        new(StatusCodes.Status404NotFound, "Not found.", "There is no such record among yours.");

    public static ProblemException Pending() =>
        new(StatusCodes.Status403Forbidden, "Your registration is waiting for the society's confirmation.",
            "طلب تسجيلك بانتظار تأكيد الجمعية. / Your registration is waiting for the society's confirmation.");

    public static ProblemException WrongCode(int attemptsLeft) =>
        ProblemException.Validation("code", $"الرمز غير صحيح (المحاولات المتبقية {attemptsLeft}). / The code is not correct ({attemptsLeft} attempts left).");

    public static ProblemException CodeLocked() =>
        new(StatusCodes.Status429TooManyRequests, "Too many wrong codes.",
            "أُوقف الرمز بعد ٥ محاولات خاطئة؛ اطلب رمزًا جديدًا. / The code is locked after 5 wrong attempts; ask for a new one.");

    public static ProblemException CodeExpired() =>
        ProblemException.Validation("code", "انتهت صلاحية الرمز أو استُخدم؛ اطلب رمزًا جديدًا. / The code has expired or was used; ask for a new one.");

    public static ProblemException TooManyCodes() =>
        new(StatusCodes.Status429TooManyRequests, "Too many codes requested.",
            "طلبت رموزًا كثيرة خلال ساعة؛ حاول لاحقًا. / Too many codes were requested within an hour; try later.");
}
