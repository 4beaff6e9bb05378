import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { Transporter } from 'nodemailer';
import type { MailMessage } from '../auth/mail.port';
import { MailPort } from '../auth/mail.port';
import type { JsonLogger } from '../common/logging/json-logger';
import type { AppConfig } from '../config/app-config';

/** The message as nodemailer takes it: plain text, UTF-8, the From of MAIL_FROM. */
function envelope(from: string, message: MailMessage) {
  return { from, to: message.to, subject: message.subject, text: message.text, headers: { 'X-Shifan-Kind': message.kind } };
}

/**
 * Sends through the SMTP server of SMTP_URL (`smtp://user:pass@host:587`, STARTTLS when offered, or
 * `smtps://…:465`, TLS from the start), with nodemailer. A refusal or an unreachable server throws: the caller (the
 * mail outbox, or a password reset answering its user) decides what that means.
 */
export class SmtpMailer extends MailPort {
  private readonly transport: Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
    private readonly logger: JsonLogger,
  ) {
    super();
    this.transport = nodemailer.createTransport(smtpUrl);
  }

  async send(message: MailMessage): Promise<void> {
    const info = await this.transport.sendMail(envelope(this.from, message)).catch((error: unknown) => {
      // Logged here for every caller (the server's answer, never the message or its link), then passed on.
      this.logger.event('error', 'mail', 'the SMTP server did not take the mail', { kind: message.kind, error: error instanceof Error ? error.message : String(error) });
      throw error;
    });
    // The recipient and subject are not logged: the message id is enough to find it in the mail server's log.
    this.logger.event('info', 'mail', 'mail sent', { kind: message.kind, messageId: info.messageId });
  }

  close(): void {
    this.transport.close();
  }
}

/**
 * The embedded default (no SMTP_URL): every message is written, exactly as it would be sent, as an .eml file under
 * DATA_DIR/mail, which any mail client opens; the log gets one line naming the file, never the message's link or
 * token. Demos and trainings read the reset and invitation links from there.
 */
export class FileMailer extends MailPort {
  private readonly transport: Transporter;

  constructor(
    private readonly directory: string,
    private readonly from: string,
    private readonly logger: JsonLogger,
  ) {
    super();
    this.transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }

  async send(message: MailMessage): Promise<void> {
    const name = `${new Date().toISOString().replace(/[-:.]/g, '')}-${message.kind.replace(/[^a-z0-9-]/gi, '')}-${randomBytes(4).toString('hex')}.eml`;
    const file = path.join(this.directory, name);
    try {
      const info = (await this.transport.sendMail(envelope(this.from, message))) as { message: Buffer };
      await fs.promises.mkdir(this.directory, { recursive: true });
      await fs.promises.writeFile(file, info.message, { mode: 0o600 });
    } catch (error) {
      this.logger.event('error', 'mail', 'the mail could not be written', { kind: message.kind, file, error: error instanceof Error ? error.message : String(error) });
      throw error;
    }
    this.logger.event('info', 'mail', `${message.kind}: no mail service configured (SMTP_URL); the message was written to a file`, { file });
  }
}

/** SMTP_URL set: the SMTP sender; otherwise the .eml files under DATA_DIR/mail. */
export function createMailer(config: AppConfig, logger: JsonLogger): MailPort {
  return config.mail.smtpUrl ? new SmtpMailer(config.mail.smtpUrl, config.mail.from, logger) : new FileMailer(config.mail.directory, config.mail.from, logger);
}
