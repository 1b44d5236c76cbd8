import { randomBytes } from "node:crypto";
import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";

/**
 * The socket's peer address, carried to route handlers and server actions in a request header.
 *
 * Next.js 16 gives route handlers and server actions no socket and no `request.ip`; its server
 * only fills X-Forwarded-For from the socket when the client sent none, so that header alone
 * cannot tell a proxy's word from a client's. Node's `http.server.request.start` diagnostics
 * channel sees every request of the process's HTTP server with its socket, before Next.js does:
 * `stampPeerAddresses` (called once from instrumentation.ts) writes the peer into PEER_HEADER,
 * overwriting whatever the client sent, prefixed with a random per-process token that never
 * leaves the server. A header without the token (a forged one, or a request that arrived while
 * the server was still starting) is ignored.
 */
const PEER_HEADER = "x-lisiere-peer";

const stamp = globalThis as unknown as { lisierePeerToken?: string };

export function stampPeerAddresses(): void {
  if (stamp.lisierePeerToken) return;
  const token = randomBytes(18).toString("base64url");
  stamp.lisierePeerToken = token;
  subscribe("http.server.request.start", (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    request.headers[PEER_HEADER] = `${token} ${socket.remoteAddress ?? ""}`;
  });
}

/** The stamped peer address of a request, or null when it carries no genuine stamp. */
export function peerAddressFrom(headers: Headers): string | null {
  const token = stamp.lisierePeerToken;
  const value = headers.get(PEER_HEADER);
  if (!token || !value?.startsWith(`${token} `)) return null;
  return value.slice(token.length + 1) || null;
}
