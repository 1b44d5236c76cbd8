/**
 * Runs once when the Next.js server starts. In the Node.js runtime it makes the socket's peer
 * address reachable from route handlers and server actions (see app/_lib/peer-address.ts), and
 * checks LISIERE_TRUSTED_PROXIES so that a mistake there stops the server instead of silently
 * trusting the wrong proxies.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { stampPeerAddresses } = await import("./app/_lib/peer-address");
  const { parseTrustedProxies } = await import("./app/_lib/client-address");
  parseTrustedProxies(process.env.LISIERE_TRUSTED_PROXIES);
  stampPeerAddresses();
}
