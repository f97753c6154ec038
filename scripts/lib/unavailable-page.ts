// The page served while the database is unreachable: static, in all three languages (the reader's
// choice is not known without the app), from the message catalogue.
import { messagesFor } from "@/messages";

let page: string | null = null;

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

export function unavailablePage(): string {
  if (page) return page;
  const parts = (["en", "mr", "hi"] as const).map((locale) => {
    const m = messagesFor(locale);
    return `<section lang="${locale}"><h1>${escape(m.common.appName)}</h1><p>${escape(m.errors.unavailable)}</p></section>`;
  });
  page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>SkillFlow</title><style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5}</style></head><body><main>${parts.join("")}</main></body></html>`;
  return page;
}
