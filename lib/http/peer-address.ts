import http from "node:http";
import https from "node:https";
import { formatPeerAddress, PEER_ADDRESS_HEADER } from "./peer-address-header";

const installed = Symbol.for("skillflow.peerAddress");

/**
 * Copies each request's socket address into PEER_ADDRESS_HEADER before Next.js sees the request
 * (issue 12 defect 4). Next.js 16 route handlers and server actions expose no socket address
 * (`request.ip` is gone), and it fills X-Forwarded-For from the socket only when the client sent
 * none. Called from instrumentation.ts, i.e. once in the Node.js server process; wraps `emit` of
 * the HTTP(S) server prototypes, so it also covers servers created before it ran.
 */
export function installPeerAddressHeader(): void {
  for (const proto of [http.Server.prototype, https.Server.prototype] as Array<{ emit: (...a: unknown[]) => boolean; [installed]?: boolean }>) {
    if (proto[installed]) continue;
    const original = proto.emit;
    proto.emit = function (this: unknown, event: unknown, ...args: unknown[]) {
      if (event === "request") {
        const req = args[0] as http.IncomingMessage;
        const addr = req.socket?.remoteAddress;
        if (addr) req.headers[PEER_ADDRESS_HEADER] = formatPeerAddress(addr);
        else delete req.headers[PEER_ADDRESS_HEADER];
      }
      return original.call(this, event, ...args);
    };
    proto[installed] = true;
  }
}
