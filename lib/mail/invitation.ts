import type { MailMessage } from './transport';

/** What the invitation message says. */
export interface InvitationMail {
  to: string;
  name: string | null;
  link: string;
  expiresAt: Date;
}

function day(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Europe/Rome' }).format(date);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/**
 * The invitation message, in Italian then English (we do not know the invitee's
 * language yet). The link is the only secret in it and works once.
 */
export function invitationMessage({ to, name, link, expiresAt }: InvitationMail): MailMessage {
  const it = [
    name ? `Ciao ${name},` : 'Ciao,',
    'lo staff di Rizoma ti ha invitato a unirti alla rete della comunità.',
    `Scegli la tua password da questo link (vale una sola volta, fino al ${day(expiresAt, 'it-IT')}):`,
    link,
  ];
  const en = [
    name ? `Hello ${name},` : 'Hello,',
    'the Rizoma staff invited you to join the community network.',
    `Choose your password through this link (it works once, until ${day(expiresAt, 'en-GB')}):`,
    link,
  ];
  const paragraphs = (lines: string[]) =>
    lines.map((line) => (line === link ? `<p><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>` : `<p>${escapeHtml(line)}</p>`)).join('');
  return {
    to,
    subject: 'Il tuo invito a Rizoma · Your invitation to Rizoma',
    text: `${it.join('\n')}\n\n---\n\n${en.join('\n')}\n`,
    html: `<div lang="it">${paragraphs(it)}</div><hr><div lang="en">${paragraphs(en)}</div>`,
  };
}
