import nodemailer from 'nodemailer';

/**
 * Outgoing mail. Mail goes out only when a server is configured: SMTP_URL (for example
 * smtp://user:pass@host:587) and MAIL_FROM. Without them nothing is sent and callers show
 * what would have been sent (the invitation link) to staff, who send it by hand.
 * Tests inject a transport (nodemailer's jsonTransport or streamTransport, or any object
 * with `sendMail`) through `useMailTransport`.
 */

/** One message. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

/** What we need of a nodemailer transporter. */
export interface MailTransport {
  sendMail(message: MailMessage & { from: string }): Promise<unknown>;
}

/** A transport and the sender address it sends as. */
export interface Mailer {
  transport: MailTransport;
  from: string;
}

const holder = globalThis as { __rizomaMailer?: Mailer | null; __rizomaInjectedMailer?: Mailer | null };

/** Replaces the configured mail server (tests); `null` goes back to the environment's. */
export function useMailTransport(mailer: Mailer | null): void {
  holder.__rizomaInjectedMailer = mailer;
}

/** The mailer to use: an injected one, else one built from SMTP_URL and MAIL_FROM, else null. */
export function configuredMailer(env: NodeJS.ProcessEnv = process.env): Mailer | null {
  if (holder.__rizomaInjectedMailer) return holder.__rizomaInjectedMailer;
  const url = env.SMTP_URL?.trim();
  const from = env.MAIL_FROM?.trim();
  if (!url || !from) return null;
  // One pooled transport per process.
  holder.__rizomaMailer ??= { transport: nodemailer.createTransport(url), from };
  return holder.__rizomaMailer;
}

/** Whether mail can be sent at all (the staff pages say so). */
export function mailConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  return configuredMailer(env) !== null;
}

/** Sends one message; false when no mail server is configured. Errors of the server propagate. */
export async function sendMail(message: MailMessage, env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  const mailer = configuredMailer(env);
  if (!mailer) return false;
  await mailer.transport.sendMail({ ...message, from: mailer.from });
  return true;
}
