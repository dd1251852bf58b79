namespace DomatAljandal.Domain.Cases;

/// <summary>What a service's form field holds. Stored; never renumber.</summary>
public enum FieldKind
{
    Text = 1,

    /// <summary>A number, written with ASCII or Arabic-Indic digits.</summary>
    Number = 2,

    /// <summary>A Gregorian date as ISO <c>yyyy-MM-dd</c> (what date pickers send).</summary>
    Date = 3,
}
