import { BlockList, isIP } from "node:net";

/**
 * The proxies whose X-Forwarded-For we believe, from LISIERE_TRUSTED_PROXIES: comma-separated
 * addresses or CIDR ranges (`127.0.0.1, 10.0.0.0/8, fd00::/8`). Empty or unset: none. A bad entry
 * is a configuration mistake that would silently change who gets throttled, so it throws.
 */
export function parseTrustedProxies(value: string | undefined): BlockList {
  const list = new BlockList();
  for (const entry of (value ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [address, prefix, extra] = entry.split("/");
    const family = isIP(address);
    const bits = prefix === undefined ? undefined : Number(prefix);
    const maxBits = family === 6 ? 128 : 32;
    if (!family || extra !== undefined || (bits !== undefined && !(Number.isInteger(bits) && bits >= 0 && bits <= maxBits && /^\d+$/.test(prefix)))) {
      throw new Error(`LISIERE_TRUSTED_PROXIES: "${entry}" is not an IP address or a CIDR range (such as 10.0.0.0/8).`);
    }
    const type = family === 6 ? "ipv6" : "ipv4";
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, bits, type);
  }
  return list;
}

/**
 * An address in one canonical spelling, or null when it is not an IP address: IPv4-mapped IPv6
 * (`::ffff:10.0.0.1`, how Node reports IPv4 peers on a dual-stack socket) becomes plain IPv4;
 * brackets and a port, as some proxies write them (`[::1]:443`, `10.0.0.1:51234`), are dropped.
 */
export function normaliseAddress(value: string | null | undefined): string | null {
  let address = (value ?? "").trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(":"));
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) address = mapped[1];
  return isIP(address) ? address.toLowerCase() : null;
}

function isTrusted(trusted: BlockList, address: string): boolean {
  return trusted.check(address, isIP(address) === 6 ? "ipv6" : "ipv4");
}

/**
 * The client's address, for throttling and the audit log. It starts from the socket's peer; only
 * while that address is a trusted proxy is the hop it reported (the last X-Forwarded-For entry)
 * taken instead, right to left, so a client can prepend anything without effect. A hop that is not
 * an address stops the walk at the last address known good. Without a known peer: "unknown".
 */
export function clientAddress(options: { peer: string | null; forwardedFor: string | null; trusted: BlockList }): string {
  let address = normaliseAddress(options.peer);
  if (!address) return "unknown";
  const hops = (options.forwardedFor ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  while (isTrusted(options.trusted, address) && hops.length > 0) {
    const hop = normaliseAddress(hops.pop());
    if (!hop) break;
    address = hop;
  }
  return address;
}
