namespace DomatAljandal.Domain.Members;

/// <summary>
/// How letters and pages address and refer to the member: «المكرم … المحترم» or «المكرمة … المحترمة», «يوافق» or «توافق».
/// Optional: a member whose gender is not recorded is addressed in the masculine, as Arabic does by default.
/// </summary>
public enum Gender
{
    Male = 1,
    Female = 2,
}
