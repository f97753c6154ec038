import { randomBytes } from "node:crypto";

/** Set by the server from the socket on every request; a value sent by a client is overwritten. */
export const PEER_ADDRESS_HEADER = "x-skillflow-peer-address";

const key = Symbol.for("skillflow.peerAddressNonce");
const store = globalThis as { [key]?: string };

/**
 * A per-process secret prefixed to the header value: a request that reached the app before the
 * header was installed cannot pass its own value off as the socket address.
 */
export function peerAddressNonce(): string {
  store[key] ??= randomBytes(16).toString("hex");
  return store[key];
}

export function formatPeerAddress(address: string): string {
  return `${peerAddressNonce()} ${address}`;
}

/** The socket address, or null when the header is missing or was not written by this process. */
export function readPeerAddress(value: string | null): string | null {
  if (!value) return null;
  const [nonce, address] = value.split(" ");
  return nonce === peerAddressNonce() && address ? address : null;
}
