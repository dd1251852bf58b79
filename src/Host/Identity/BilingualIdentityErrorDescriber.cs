using System.Globalization;
using DomatAljandal.Host.Localization;
using Microsoft.AspNetCore.Identity;

namespace DomatAljandal.Host.Identity;

/// <summary>Identity's messages (password rules, taken emails, bad tokens) in the caller's language, Arabic first.</summary>
public sealed class BilingualIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), "حدث خطأ غير معروف.", "An unknown failure has occurred.");

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "كلمة المرور غير صحيحة.", "The password is not correct.");

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), "الرمز غير صالح أو انتهت صلاحيته.", "The token is not valid or has expired.");

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), "البريد الإلكتروني غير صالح.", "The email address is not valid.");

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), "اسم المستخدم غير صالح.", "The user name is not valid.");

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), "البريد الإلكتروني مستخدم لحساب آخر.", "The email is already used by another account.");

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), "اسم المستخدم مستخدم لحساب آخر.", "The user name is already used by another account.");

    public override IdentityError UserAlreadyHasPassword() => Error(nameof(UserAlreadyHasPassword), "للحساب كلمة مرور من قبل.", "The account already has a password.");

    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort),
        $"كلمة المرور {Number(length)} أحرف على الأقل.", $"The password has at least {length} characters.");

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars),
        $"كلمة المرور فيها {Number(uniqueChars)} أحرف مختلفة على الأقل.", $"The password has at least {uniqueChars} different characters.");

    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric),
        "كلمة المرور فيها رمز واحد على الأقل (مثل ! أو -).", "The password has at least one symbol (such as ! or -).");

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit),
        "كلمة المرور فيها رقم واحد على الأقل (0-9).", "The password has at least one digit (0-9).");

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower),
        "كلمة المرور فيها حرف لاتيني صغير واحد على الأقل (a-z).", "The password has at least one lowercase Latin letter (a-z).");

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper),
        "كلمة المرور فيها حرف لاتيني كبير واحد على الأقل (A-Z).", "The password has at least one uppercase Latin letter (A-Z).");

    public override IdentityError UserLockoutNotEnabled() => Error(nameof(UserLockoutNotEnabled), "القفل غير مفعّل لهذا الحساب.", "Lockout is not enabled for this account.");

    public override IdentityError UserAlreadyInRole(string role) => Error(nameof(UserAlreadyInRole), $"للحساب الدور {role} من قبل.", $"The account already has the role {role}.");

    public override IdentityError UserNotInRole(string role) => Error(nameof(UserNotInRole), $"ليس للحساب الدور {role}.", $"The account does not have the role {role}.");

    private static IdentityError Error(string code, string arabic, string english) => new() { Code = code, Description = Loc.T(arabic, english) };

    // Only the Arabic texts call it: one digit style per language, as Loc.Number writes counts.
    private static string Number(int value) =>
        string.Concat(value.ToString(CultureInfo.InvariantCulture).Select(c => char.IsAsciiDigit(c) ? (char)('٠' + (c - '0')) : c));
}
