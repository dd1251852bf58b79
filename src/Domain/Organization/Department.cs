using System.Text.RegularExpressions;

namespace DomatAljandal.Domain.Organization;

/// <summary>
/// A department of the society that serves members (member relations, the research committee's secretariat,
/// finance…). Staff belong to one or more; service types and stages of a procedure are handled by one, so deadlines,
/// follow-ups and reports can be put in front of the right people. Identified by its <see cref="Code"/>.
/// </summary>
public sealed partial class Department
{
    public const int MaxCodeLength = 64;
    public const int MaxNameLength = 200;

    private Department()
    {
        Code = NameAr = NameEn = null!;
    }

    public Guid Id { get; private set; }

    /// <summary>Lowercase kebab-case, e.g. <c>member-relations</c>; unique.</summary>
    public string Code { get; private set; }

    public string NameAr { get; private set; }

    public string NameEn { get; private set; }

    /// <summary>Whether the department still takes work; an inactive one keeps its history in the reports.</summary>
    public bool IsActive { get; private set; }

    /// <exception cref="DomainRuleException">A code that is not kebab-case, or a blank or over-long name.</exception>
    public static Department Create(string? code, string? nameAr, string? nameEn)
    {
        var trimmed = code?.Trim() ?? string.Empty;
        if (trimmed.Length is 0 or > MaxCodeLength || !CodePattern().IsMatch(trimmed))
        {
            throw new DomainRuleException("code",
                "رمز الإدارة يُكتب بحروف إنجليزية صغيرة وأرقام وشرطات، مثل member-relations.",
                "A department code is lowercase letters, digits and dashes, like member-relations.");
        }

        var department = new Department { Id = Guid.CreateVersion7(), Code = trimmed, IsActive = true };
        department.Rename(nameAr, nameEn);
        return department;
    }

    /// <exception cref="DomainRuleException">A blank or over-long name.</exception>
    public void Rename(string? nameAr, string? nameEn)
    {
        NameAr = Require.Text(nameAr, MaxNameLength, "nameAr", "اسم الإدارة بالعربية", "The Arabic name");
        NameEn = Require.Text(nameEn, MaxNameLength, "nameEn", "اسم الإدارة بالإنجليزية", "The English name");
    }

    public void SetActive(bool active) => IsActive = active;

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex CodePattern();
}
