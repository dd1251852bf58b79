using System.Text;
using DomatAljandal.Domain.Cases;

namespace DomatAljandal.Domain.Tests.Cases;

public class AttachmentPolicyTests
{
    [Theory]
    [InlineData("صورة الهوية.pdf", "application/pdf")]
    [InlineData("hawiyah.JPG", "image/jpeg")]
    [InlineData("apiary-photo.jpeg", "image/jpeg; charset=binary")]
    [InlineData("IBAN-letter.png", "IMAGE/PNG")]
    public void Pdf_jpeg_and_png_up_to_10_mb_are_accepted(string fileName, string contentType) =>
        Assert.Null(AttachmentPolicy.Check(fileName, contentType, 10 * 1024 * 1024));

    [Fact]
    public void A_file_over_10_mb_is_refused_saying_so()
    {
        var violation = AttachmentPolicy.Check("scan.pdf", "application/pdf", 10 * 1024 * 1024 + 1);
        Assert.NotNull(violation);
        Assert.Equal("file", violation.Field);
        Assert.Equal("The file is larger than 10 MB.", violation.MessageEn);
        Assert.Equal("حجم الملف أكبر من ١٠ ميجابايت.", violation.MessageAr);
    }

    [Theory]
    [InlineData("letter.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    [InlineData("photo.heic", "image/heic")]
    [InlineData("setup.exe", "application/octet-stream")]
    [InlineData("a.pdf", "")]
    public void Other_types_are_refused_naming_the_accepted_ones(string fileName, string contentType) =>
        Assert.Equal("Only PDF, JPEG or PNG files are accepted.", AttachmentPolicy.Check(fileName, contentType, 1000)?.MessageEn);

    [Fact]
    public void An_extension_that_does_not_match_the_type_is_refused() =>
        Assert.Contains(".pdf", AttachmentPolicy.Check("invoice.exe", "application/pdf", 1000)?.MessageEn);

    [Theory]
    [InlineData("")]
    [InlineData("../../etc/passwd.pdf")]
    [InlineData("C:\\temp\\scan.pdf")]
    public void Names_with_paths_or_no_name_are_refused(string fileName) =>
        Assert.Equal("The file name is not valid.", AttachmentPolicy.Check(fileName, "application/pdf", 1000)?.MessageEn);

    [Fact]
    public void An_empty_file_is_refused() =>
        Assert.Equal("The file is empty.", AttachmentPolicy.Check("scan.pdf", "application/pdf", 0)?.MessageEn);

    [Fact]
    public void The_first_bytes_must_be_those_of_the_declared_type()
    {
        Assert.True(AttachmentPolicy.MatchesSignature("application/pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n")));
        Assert.True(AttachmentPolicy.MatchesSignature("image/jpeg", [0xFF, 0xD8, 0xFF, 0xE0]));
        Assert.True(AttachmentPolicy.MatchesSignature("image/png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00]));
        Assert.False(AttachmentPolicy.MatchesSignature("application/pdf", Encoding.ASCII.GetBytes("MZ\x90\0")));
        Assert.False(AttachmentPolicy.MatchesSignature("image/png", [0xFF, 0xD8, 0xFF]));
        Assert.False(AttachmentPolicy.MatchesSignature("text/html", Encoding.ASCII.GetBytes("<html>")));
    }
}
