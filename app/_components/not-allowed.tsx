import Link from 'next/link';

/**
 * A readable "not allowed" page for signed-in people without the needed role (a 403 in
 * words), shared by every staff area; each passes its own texts.
 */
export function NotAllowed({ title, message, backHome }: { title: string; message: string; backHome: string }) {
  return (
    <div className="not-found" data-testid="not-allowed">
      <h1>{title}</h1>
      <p className="lead">{message}</p>
      <p>
        <Link href="/">{backHome}</Link>
      </p>
    </div>
  );
}
