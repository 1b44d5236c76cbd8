import { hashBearerSecret, newBearerSecret } from "../auth/bearer-secret";

/** A new invitation token (shown once, in the link) and the hash that is stored. */
export function newInvitationToken(): { token: string; tokenHash: string } {
  const { secret, hash } = newBearerSecret();
  return { token: secret, tokenHash: hash };
}

export const hashInvitationToken = hashBearerSecret;

export const INVITATION_DAYS = 7;
