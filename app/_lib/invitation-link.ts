/** The path of an invitation link: shown once to the owner, who passes it on. */
export function invitationPath(lng: string, token: string): string {
  return `/${lng}/invite/${encodeURIComponent(token)}`;
}

/**
 * The invitation token when a return path is an invitation link, else null: someone who came to
 * sign up from an invitation carries it in `next`, which is how sign-up knows which invitation
 * they hold.
 */
export function invitationTokenIn(path: string): string | null {
  const match = /^\/[a-z]{2}\/invite\/([^/?#]+)$/.exec(path);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}
