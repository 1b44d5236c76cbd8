import { describe, expect, it } from "vitest";
import { clientAddress, normaliseAddress, parseTrustedProxies } from "./client-address";

const none = parseTrustedProxies(undefined);
const localProxy = parseTrustedProxies("127.0.0.1, ::1");

describe("clientAddress", () => {
  it("is the socket's peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    const seen = new Set(
      ["1.2.3.4", "5.6.7.8, 9.9.9.9", "127.0.0.1", "", "not an address"].map((forwardedFor) =>
        clientAddress({ peer: "203.0.113.7", forwardedFor, trusted: none }),
      ),
    );
    expect([...seen]).toEqual(["203.0.113.7"]);
  });

  it("ignores X-Forwarded-For from a peer that is not in the trusted list", () => {
    expect(clientAddress({ peer: "198.51.100.2", forwardedFor: "10.1.1.1", trusted: localProxy })).toBe("198.51.100.2");
  });

  it("takes the hop a trusted proxy added, not what the client wrote before it", () => {
    // The client sent "X-Forwarded-For: 6.6.6.6"; the proxy appended the address it saw.
    expect(clientAddress({ peer: "127.0.0.1", forwardedFor: "6.6.6.6, 203.0.113.7", trusted: localProxy })).toBe("203.0.113.7");
  });

  it("walks back through a chain of trusted proxies, and stops at the first untrusted hop", () => {
    const trusted = parseTrustedProxies("10.0.0.0/8, 127.0.0.1");
    expect(clientAddress({ peer: "127.0.0.1", forwardedFor: "6.6.6.6, 203.0.113.7, 10.2.3.4", trusted })).toBe("203.0.113.7");
    // Every hop trusted: the first one is the client (an internal machine).
    expect(clientAddress({ peer: "127.0.0.1", forwardedFor: "10.9.9.9, 10.2.3.4", trusted })).toBe("10.9.9.9");
  });

  it("stays on the proxy when its header is missing or holds no address", () => {
    expect(clientAddress({ peer: "127.0.0.1", forwardedFor: null, trusted: localProxy })).toBe("127.0.0.1");
    expect(clientAddress({ peer: "127.0.0.1", forwardedFor: "evil<script>", trusted: localProxy })).toBe("127.0.0.1");
  });

  it("reads IPv4 peers reported as IPv4-mapped IPv6, and IPv6 ranges", () => {
    expect(clientAddress({ peer: "::ffff:127.0.0.1", forwardedFor: "203.0.113.7", trusted: localProxy })).toBe("203.0.113.7");
    expect(clientAddress({ peer: "fd00::5", forwardedFor: "2001:db8::1", trusted: parseTrustedProxies("fd00::/8") })).toBe("2001:db8::1");
  });

  it("is 'unknown' without a peer, never the header's word", () => {
    expect(clientAddress({ peer: null, forwardedFor: "1.2.3.4", trusted: localProxy })).toBe("unknown");
  });
});

describe("parseTrustedProxies", () => {
  it("accepts addresses and CIDR ranges of both families", () => {
    const list = parseTrustedProxies(" 10.0.0.0/8 ,192.168.1.1, fd00::/8 ,::1 ");
    expect(list.check("10.200.0.1", "ipv4")).toBe(true);
    expect(list.check("11.0.0.1", "ipv4")).toBe(false);
    expect(list.check("192.168.1.1", "ipv4")).toBe(true);
    expect(list.check("fd12::1", "ipv6")).toBe(true);
    expect(list.check("::1", "ipv6")).toBe(true);
  });

  it.each(["localhost", "10.0.0.0/33", "10.0.0.0/8/1", "10.0.0/8", "::1/129", "10.0.0.0/x"])("refuses %s with a clear message", (entry) => {
    expect(() => parseTrustedProxies(entry)).toThrow(`LISIERE_TRUSTED_PROXIES: "${entry}" is not an IP address or a CIDR range`);
  });
});

describe("normaliseAddress", () => {
  it.each([
    ["::FFFF:10.0.0.1", "10.0.0.1"],
    ["[::1]:443", "::1"],
    ["10.0.0.1:51234", "10.0.0.1"],
    ["2001:DB8::1", "2001:db8::1"],
    ["", null],
    ["unknown", null],
  ])("%s → %s", (input, expected) => {
    expect(normaliseAddress(input)).toBe(expected);
  });
});
