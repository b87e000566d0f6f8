import nodemailer from 'nodemailer';

export interface Address {
  name: string;
  address: string;
}

export interface OutgoingMail {
  to: string;
  from: Address;
  replyTo?: Address;
  subject: string;
  text: string;
  html: string;
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/**
 * Sends through the SMTP server in SMTP_URL (smtp:// or smtps://, credentials in the URL) with
 * nodemailer. Called only by the outbox dispatcher, outside any transaction.
 */
export function createSmtpMailer(smtpUrl: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send(mail) {
      await transport.sendMail({
        to: mail.to,
        from: mail.from,
        ...(mail.replyTo ? { replyTo: mail.replyTo } : {}),
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
      });
    },
    close: () => transport.close(),
  };
}
