"use client";

/**
 * What a navigation key says when it has nowhere to go ("no segment left to confirm"): a polite
 * live region, always in the page so screen readers announce each new message, shown as a toast
 * so the grid does not move.
 */
export function NavMessage({ message }: { message: { text: string; at: number } | null }) {
  return (
    <p className="nav-message" role="status" aria-live="polite" data-testid="nav-message">
      {message ? <span key={message.at}>{message.text}</span> : null}
    </p>
  );
}
