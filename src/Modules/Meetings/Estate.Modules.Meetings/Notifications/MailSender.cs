using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Configuration;
using MimeKit;

namespace Estate.Modules.Meetings.Notifications;

/// <summary>A mail to one address; the body as HTML with a plain-text alternative, and optional attachments.</summary>
internal sealed record MailMessage(string To, string? ToName, string Subject, string Text, string? Html, IReadOnlyList<MailAttachment>? Attachments = null);

internal sealed record MailAttachment(string FileName, string MediaType, byte[] Content);

/// <summary>
/// Sends mail through the SMTP server in the Smtp section (Host, Port, From, optional UserName/Password).
/// Without Smtp:Host, mail is off and the module notifies in the app only.
/// </summary>
internal sealed class MailSender(IConfiguration configuration)
{
    public bool IsConfigured => !string.IsNullOrWhiteSpace(configuration["Smtp:Host"]);

    public async Task SendAsync(MailMessage message, CancellationToken cancellationToken)
    {
        if (!IsConfigured)
        {
            return;
        }

        var mime = new MimeMessage { Subject = message.Subject };
        mime.From.Add(MailboxAddress.Parse(configuration["Smtp:From"] is { Length: > 0 } from ? from : "meetings@estate.local"));
        mime.To.Add(new MailboxAddress(message.ToName ?? message.To, message.To));
        var body = new BodyBuilder { TextBody = message.Text, HtmlBody = message.Html };
        foreach (var attachment in message.Attachments ?? [])
        {
            body.Attachments.Add(attachment.FileName, attachment.Content, ContentType.Parse(attachment.MediaType));
        }

        mime.Body = body.ToMessageBody();
        using var smtp = new SmtpClient();
        await smtp.ConnectAsync(configuration["Smtp:Host"]!, configuration.GetValue("Smtp:Port", 25), SecureSocketOptions.Auto, cancellationToken);
        if (configuration["Smtp:UserName"] is { Length: > 0 } user)
        {
            await smtp.AuthenticateAsync(user, configuration["Smtp:Password"] ?? "", cancellationToken);
        }

        await smtp.SendAsync(mime, cancellationToken);
        await smtp.DisconnectAsync(true, cancellationToken);
    }
}
