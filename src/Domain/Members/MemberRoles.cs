namespace DomatAljandal.Domain.Members;

/// <summary>The parts a person plays in the society; one person may hold several. Stored as flags.</summary>
[Flags]
public enum MemberRoles
{
    None = 0,

    /// <summary>عضو الجمعية العمومية — holds shares; granted only through <see cref="Member.AdmitToGeneralAssembly"/>.</summary>
    GeneralAssemblyMember = 1,

    /// <summary>داعم — a supporter or donor.</summary>
    Supporter = 2,

    /// <summary>متطوع.</summary>
    Volunteer = 4,

    /// <summary>مستفيد.</summary>
    Beneficiary = 8,
}
