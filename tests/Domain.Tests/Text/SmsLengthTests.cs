using DomatAljandal.Domain.Text;

namespace DomatAljandal.Domain.Tests.Text;

public sealed class SmsLengthTests
{
    [Theory]
    [InlineData(70, 1)]
    [InlineData(71, 2)]
    [InlineData(134, 2)]
    [InlineData(135, 3)]
    public void Arabic_takes_70_characters_in_one_message_and_67_a_segment_once_split(int length, int segments)
    {
        var sms = SmsLength.Of(new string('ع', length));

        Assert.True(sms.Unicode);
        Assert.Equal(length, sms.Characters);
        Assert.Equal(segments, sms.Segments);
    }

    [Fact]
    public void Latin_text_takes_160_characters_and_one_Arabic_letter_makes_it_unicode()
    {
        Assert.Equal(1, SmsLength.Of(new string('a', 160)).Segments);
        Assert.Equal(2, SmsLength.Of(new string('a', 161)).Segments);
        Assert.True(SmsLength.Of("Reminder: نحل").Unicode);
        Assert.Equal(0, SmsLength.Of("").Segments);
    }
}
