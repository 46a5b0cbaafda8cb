import nodemailer from 'nodemailer';

/** A plain-text message to one person. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /** The one link the message is about; when mail is not configured, the log line shows it. */
  link?: string;
}

/** Where messages go: an SMTP server, the log, or (in tests) a list. */
export interface MailTransport {
  send(message: MailMessage): Promise<void>;
  close?(): void;
}

type Log = {
  info(object: object, message: string): void;
  error(object: object, message: string): void;
};

/**
 * Without an SMTP server the message is written to the log as one clearly labelled line, so an
 * operator can still hand the link over.
 */
export function logMailTransport(log: Pick<Log, 'info'>): MailTransport {
  return {
    async send({ to, subject, link }) {
      log.info(
        { mail: { to, subject, link } },
        `Mail not sent (SMTP_URL is not set): "${subject}" to ${to}${link ? `; link: ${link}` : ''}`,
      );
    },
  };
}

/** Sends through the SMTP server at `smtpUrl` (smtp://host:25, smtps://user:password@host:465). */
export function smtpMailTransport({ smtpUrl, from }: { smtpUrl: string; from: string }): MailTransport {
  const transporter = nodemailer.createTransport(smtpUrl);
  return {
    async send({ to, subject, text }) {
      await transporter.sendMail({ from, to, subject, text });
    },
    close: () => transporter.close(),
  };
}

export const mailTransportFor = (settings: { smtpUrl: string; from: string } | undefined, log: Pick<Log, 'info'>) =>
  settings ? smtpMailTransport(settings) : logMailTransport(log);

/** What use cases send mail with. */
export interface Mailer {
  /**
   * Hands the message to the transport. Never rejects: a message that cannot be sent is logged as
   * an error, because the change that caused it has already been made.
   */
  deliver(message: MailMessage): Promise<void>;
}

export function makeMailer(transport: MailTransport, log: Pick<Log, 'error'>): Mailer {
  return {
    async deliver(message) {
      try {
        await transport.send(message);
      } catch (error) {
        log.error({ err: error, mail: { to: message.to, subject: message.subject } }, 'mail could not be sent');
      }
    },
  };
}
