import { JsonLogger } from '../common/logging/json-logger';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /** What the link is for, so the log line can be found (password-reset, invitation). */
  kind: string;
  link?: string;
}

/** Where outgoing mail goes. Real deployments plug in an SMTP or government-messaging adapter here. */
export abstract class MailPort {
  abstract send(message: MailMessage): Promise<void>;
}

/** The embedded default: the message, link included, is written to the log for the operator to pass on. */
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
