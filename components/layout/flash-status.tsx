"use client";
import { useEffect } from "react";

/**
 * The live region is always in the page, so a message that arrives with an action's re-render is
 * announced. Once shown, the cookie is cleared here (with JavaScript) or by proxy.ts (without).
 */
export function FlashStatus({ text }: { text: string | null }) {
  useEffect(() => {
    if (text) document.cookie = "sf_flash=; path=/; max-age=0; samesite=lax";
  }, [text]);
  return (
    <div role="status" aria-live="polite" className={text ? "mx-auto mt-3 max-w-6xl px-4" : "sr-only"}>
      {text ? <p className="rounded-md border border-ok bg-green-50 px-4 py-3 text-ok">{text}</p> : null}
    </div>
  );
}
