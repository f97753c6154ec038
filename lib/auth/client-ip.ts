import { BlockList, isIP } from "node:net";
import { PEER_ADDRESS_HEADER, readPeerAddress } from "@/lib/http/peer-address-header";

/**
 * The client address for rate limiting (issue 12 defect 4). X-Forwarded-For is written by whoever
 * sent the request, so it is believed only when the socket peer is a configured proxy
 * (TRUSTED_PROXIES: comma-separated addresses or CIDR ranges). Then the right-most hop that is not
 * itself a trusted proxy is the client. Otherwise the socket address is the client.
 *
 * The socket address comes from PEER_ADDRESS_HEADER, which lib/http/peer-address.ts sets on every
 * request from `socket.remoteAddress`, overwriting anything the client sent. Next.js itself only
 * fills X-Forwarded-For from the socket when the client did not send one (`??=`), so that header
 * cannot be used for it.
 */
export function clientIp(headers: Headers, trusted: string | undefined = process.env.TRUSTED_PROXIES): string | null {
  const peer = normalise(readPeerAddress(headers.get(PEER_ADDRESS_HEADER)));
  if (!peer) return null;
  const proxies = trustedProxyList(trusted);
  if (!proxies || !isTrusted(proxies, peer)) return peer;
  const hops = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((h) => normalise(h))
    .filter((h): h is string => !!h);
  for (let i = hops.length - 1; i >= 0; i--) {
    if (!isTrusted(proxies, hops[i])) return hops[i];
  }
  return hops[0] ?? peer;
}

function normalise(raw: string | null | undefined): string | null {
  let v = raw?.trim();
  if (!v) return null;
  if (v.startsWith("::ffff:") && isIP(v.slice(7)) === 4) v = v.slice(7);
  return isIP(v) ? v : null;
}

function isTrusted(list: BlockList, ip: string): boolean {
  return list.check(ip, isIP(ip) === 6 ? "ipv6" : "ipv4");
}

const cache = new Map<string, BlockList | null>();

/** Parses TRUSTED_PROXIES once per value; entries that are not addresses or ranges are ignored. */
export function trustedProxyList(raw: string | undefined): BlockList | null {
  const key = raw?.trim() ?? "";
  if (!key) return null;
  if (cache.has(key)) return cache.get(key)!;
  const list = new BlockList();
  let any = false;
  for (const entry of key
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean)) {
    const [addr, bits] = entry.split("/");
    const family = isIP(addr);
    if (!family) continue;
    const type = family === 6 ? "ipv6" : "ipv4";
    if (bits !== undefined) {
      const prefix = Number(bits);
      if (!Number.isInteger(prefix) || prefix < 0 || prefix > (family === 6 ? 128 : 32)) continue;
      list.addSubnet(addr, prefix, type);
    } else list.addAddress(addr, type);
    any = true;
  }
  cache.set(key, any ? list : null);
  return any ? list : null;
}
