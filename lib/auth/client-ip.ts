/**
 * The client address for rate limiting. Behind a load balancer, x-forwarded-for's first hop is the
 * client; `next start` alone sets it from the socket. Not a security boundary by itself: the
 * per-account limit holds whatever the address says.
 */
export function clientIp(headers: Headers): string | null {
  const xff = headers.get("x-forwarded-for");
  const first = xff?.split(",")[0]?.trim();
  return first || headers.get("x-real-ip") || null;
}
