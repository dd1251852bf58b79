using System.Globalization;
using DomatAljandal.Domain.Text;

namespace DomatAljandal.Domain.Tests.Text;

public class ArabicTextTests
{
    [Theory]
    [InlineData("أحمد")]
    [InlineData("احمد")]
    [InlineData("إحمد")]
    [InlineData("آحمد")]
    [InlineData("ٱحمد")]
    public void Hamza_and_madda_forms_of_alef_fold_to_bare_alef(string spelling) =>
        Assert.Equal("احمد", ArabicText.Normalize(spelling));

    [Fact]
    public void Teh_marbuta_folds_to_heh_so_fatima_matches_either_spelling()
    {
        Assert.Equal("فاطمه", ArabicText.Normalize("فاطمة"));
        Assert.Equal(ArabicText.Normalize("فاطمة"), ArabicText.Normalize("فاطمه"));
    }

    [Fact]
    public void Alef_maksura_folds_to_yeh_so_musa_matches_either_spelling() =>
        Assert.Equal(ArabicText.Normalize("موسى"), ArabicText.Normalize("موسي"));

    [Fact]
    public void Hamza_on_waw_and_on_yeh_fold_to_the_bare_letter()
    {
        Assert.Equal("مومن", ArabicText.Normalize("مؤمن"));
        Assert.Equal("عايشه", ArabicText.Normalize("عائشة"));
        Assert.Equal("هاني", ArabicText.Normalize("هانئ"));
    }

    [Fact]
    public void Tashkeel_is_removed_so_a_vowelled_name_matches_the_plain_one()
    {
        Assert.Equal("محمد", ArabicText.Normalize("مُحَمَّد"));
        Assert.Equal("عبدالرحمن", ArabicText.Normalize("عَبْدُ الرَّحْمٰنِ"));
        Assert.Equal("خالد", ArabicText.Normalize("خَالِدٌ"));
    }

    [Fact]
    public void Superscript_alef_and_quranic_marks_are_removed()
    {
        Assert.Equal("الرحمن", ArabicText.Normalize("الرحمٰن"));
        Assert.Equal("الله", ArabicText.Normalize("الله\u06D6"));
    }

    [Fact]
    public void Tatweel_is_removed() =>
        Assert.Equal("محمد", ArabicText.Normalize("مـــحمد"));

    [Theory]
    [InlineData("٠٥٠١٢٣٤٥٦٧")]
    [InlineData("۰۵۰۱۲۳۴۵۶۷")]
    [InlineData("0501234567")]
    public void Arabic_indic_and_persian_digits_become_ascii(string mobile) =>
        Assert.Equal("0501234567", ArabicText.Normalize(mobile));

    [Theory]
    [InlineData("عبد الله")]
    [InlineData("عبدالله")]
    [InlineData("عبد  الله")]
    [InlineData(" عبد\tالله ")]
    [InlineData("عَبْد اللّٰه")]
    public void Abd_followed_by_al_is_written_as_one_word(string spelling) =>
        Assert.Equal("عبدالله", ArabicText.Normalize(spelling));

    [Fact]
    public void Abd_al_rahman_with_two_spaces_matches_the_joined_form() =>
        Assert.Equal(ArabicText.Normalize("عبدالرحمن"), ArabicText.Normalize("عبد  الرحمن"));

    [Fact]
    public void A_full_name_with_two_abd_al_names_joins_both() =>
        Assert.Equal("عبدالرحمن بن عبدالعزيز", ArabicText.Normalize("عبد الرحمن بن عبد العزيز"));

    [Fact]
    public void Abd_is_not_joined_to_a_word_without_al()
    {
        Assert.Equal("عبد ربه", ArabicText.Normalize("عبد ربه"));
        Assert.Equal("سعد السرحاني", ArabicText.Normalize("سعد السرحاني"));
    }

    [Fact]
    public void A_name_ending_in_abd_is_not_taken_for_abd() =>
        Assert.Equal("العبد الله", ArabicText.Normalize("العبد الله"));

    [Fact]
    public void Abu_stays_a_separate_word_and_only_its_hamza_folds()
    {
        Assert.Equal("ابو بكر", ArabicText.Normalize("أبو بكر"));
        Assert.Equal("ابو بكر", ArabicText.Normalize("ابو بكر"));
        Assert.Equal("ابو عجرم", ArabicText.Normalize("أبو عجرم"));
    }

    [Fact]
    public void Latin_is_lowercased_and_whitespace_collapsed() =>
        Assert.Equal("fahad al-ruwaili", ArabicText.Normalize("  Fahad \t AL-Ruwaili \n"));

    [Fact]
    public void Invisible_direction_marks_from_copied_text_are_removed() =>
        Assert.Equal("0501234567 سلطان", ArabicText.Normalize("\u200F0501234567\u200E سلطان\u2069"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Nothing_normalizes_to_an_empty_string(string? input) =>
        Assert.Equal(string.Empty, ArabicText.Normalize(input));

    [Fact]
    public void Persian_yeh_and_keheh_fold_to_their_arabic_letters() =>
        Assert.Equal(ArabicText.Normalize("تركي"), ArabicText.Normalize("ترکی"));

    [SkippableFact]
    public void Presentation_forms_pasted_from_pdfs_fold_to_plain_letters()
    {
        Skip.If(IsInvariantGlobalization(), "Unicode compatibility forms need ICU.");
        Assert.Equal("لا", ArabicText.Normalize("\uFEFB"));
        Assert.Equal("الله", ArabicText.Normalize("\uFDF2"));
    }

    [Fact]
    public void Normalizing_twice_changes_nothing()
    {
        var once = ArabicText.Normalize("أُمّ عبد الله فاطمة بنت موسى ٠٥٠");
        Assert.Equal(once, ArabicText.Normalize(once));
    }

    [Fact]
    public void Tokens_are_the_normalized_words_in_order() =>
        Assert.Equal(["عبدالرحمن", "بن", "عبدالعزيز", "ال", "سعود"], ArabicText.Tokens("عبد الرحمن بن عبد العزيز آل سعود"));

    [Fact]
    public void Tokens_split_on_punctuation_arabic_and_latin() =>
        Assert.Equal(["فهد", "الرويلي", "دومه", "الجندل", "dj", "1448", "000042"],
            ArabicText.Tokens("فهد الرويلي، دومة الجندل؛ (DJ-1448-000042)"));

    [Fact]
    public void Tokens_of_nothing_are_empty()
    {
        Assert.Empty(ArabicText.Tokens(null));
        Assert.Empty(ArabicText.Tokens(" ،؛ - "));
    }

    [Fact]
    public void Ascii_digits_leaves_everything_but_digits_alone() =>
        Assert.Equal("رقم 1045783923 / 2457", ArabicText.ToAsciiDigits("رقم ١٠٤٥٧٨٣٩٢٣ / ۲۴۵۷"));

    private static bool IsInvariantGlobalization()
    {
        try
        {
            _ = new CultureInfo("ar-SA");
            return false;
        }
        catch (CultureNotFoundException)
        {
            return true;
        }
    }
}
