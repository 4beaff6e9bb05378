import type { JsonLogger } from '../common/logging/json-logger';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /** What the mail is (password-reset, invitation, status-change, deadline-reminder, …); a header of the message. */
  kind: string;
  /** The link the message carries, for tests that follow it; it is part of `text` and never logged. */
  link?: string;
}

/**
 * Where outgoing mail goes: SMTP (SMTP_URL) or, by default, .eml files under DATA_DIR/mail (apps/api/src/mail/mailers.ts).
 * Password resets and invitations send directly after their commit (their one-time link must not be stored anywhere);
 * every other mail goes through the mail outbox (apps/api/src/mail/mail-outbox.ts).
 */
export abstract class MailPort {
  abstract send(message: MailMessage): Promise<void>;
}

/**
 * Writes each message's link into the log: no longer the default (which writes .eml files under DATA_DIR/mail and
 * logs only the file's name). Kept for tests of the log's redaction, which must cut the token out of such a line.
 */
export class LogMailer extends MailPort {
  constructor(private readonly logger: JsonLogger) {
    super();
  }

  async send(message: MailMessage): Promise<void> {
    this.logger.event('info', 'mail', `${message.kind}: mail not sent (no mail service configured); link in this log line`, {
      to: message.to,
      subject: message.subject,
      link: message.link,
    });
  }
}
