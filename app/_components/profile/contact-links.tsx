/** Only web addresses become links: stored text must never turn into a script URL. */
export function safeWebUrl(url: string): URL | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed : null;
  } catch {
    return null;
  }
}

/** A website as a link showing its host and path, or as plain text when it is not a web address. */
export function WebsiteLink({ url }: { url: string }) {
  const parsed = safeWebUrl(url);
  if (!parsed) return <>{url}</>;
  const shown = `${parsed.host}${parsed.pathname === '/' ? '' : parsed.pathname}`;
  return (
    <a href={parsed.href} rel="noopener noreferrer">
      {shown}
    </a>
  );
}

/** An email address as a mailto link. */
export function EmailLink({ email }: { email: string }) {
  return <a href={`mailto:${encodeURI(email.trim())}`}>{email}</a>;
}

/** A phone number as a tel link (digits and a leading + only in the address). */
export function PhoneLink({ phone }: { phone: string }) {
  const dial = phone.replace(/(?!^\+)[^\d]/g, '');
  return <a href={`tel:${dial}`}>{phone}</a>;
}
