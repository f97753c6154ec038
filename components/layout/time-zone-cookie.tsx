"use client";
import { useEffect } from "react";

/**
 * Tells the server which zone this browser's clock is in (cookie "tz"), the default for showing
 * times of day when the account has no time-zone setting (ADR 011). A changed zone (travel)
 * refreshes the page once so the times already shown are redrawn.
 */
export function TimeZoneCookie() {
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!zone) return;
    const current = document.cookie
      .split("; ")
      .find((c) => c.startsWith("tz="))
      ?.slice(3);
    if (current === encodeURIComponent(zone)) return;
    document.cookie = `tz=${encodeURIComponent(zone)}; path=/; max-age=${365 * 86400}; samesite=lax`;
    if (current !== undefined) window.location.reload();
  }, []);
  return null;
}
