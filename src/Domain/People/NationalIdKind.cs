namespace DomatAljandal.Domain.People;

/// <summary>Whose number it is, told by its first digit.</summary>
public enum NationalIdKind
{
    /// <summary>رقم الهوية الوطنية: a Saudi citizen, starts with 1.</summary>
    Citizen = 1,

    /// <summary>رقم الإقامة: a resident (iqama holder), starts with 2.</summary>
    Resident = 2,
}
