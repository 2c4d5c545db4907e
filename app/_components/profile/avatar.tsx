import styles from './profile.module.css';

const TONES = [styles.tone0, styles.tone1, styles.tone2, styles.tone3, styles.tone4, styles.tone5];

/** Up to two initials: first and last word of the name. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0]?.[0] ?? '?';
  const last = words.length > 1 ? (words[words.length - 1]?.[0] ?? '') : '';
  return (first + last).toLocaleUpperCase();
}

/** A stable colour per name, so the same person always looks the same. */
function toneOf(name: string): string | undefined {
  let hash = 0;
  for (const ch of name) hash = (hash * 31 + (ch.codePointAt(0) ?? 0)) >>> 0;
  return TONES[hash % TONES.length];
}

/** A round badge with a person's or organization's initials; decorative (the name is always next to it). */
export function Avatar({ name, large = false }: { name: string; large?: boolean }) {
  const className = [styles.avatar, large ? styles.avatarLarge : '', toneOf(name) ?? ''].filter(Boolean).join(' ');
  return (
    <span aria-hidden="true" className={className}>
      {initials(name)}
    </span>
  );
}
