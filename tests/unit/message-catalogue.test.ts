// The message catalogue (messages/*): every English message is valid ICU, and every Marathi or
// Hindi message translates an English one with the same placeholders, so a translated page can
// never lose a value (a misspelt {naam} would render literally) or throw on a bad plural.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { en, locales, messagesFor } from "@/messages";

const root = path.join(process.cwd(), "messages");
type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === "string" ? [[prefix + k, v] as [string, string]] : leaves(v, `${prefix}${k}.`)));
}

/** The names of a message's arguments, including those inside plural and select branches. */
function argumentsOf(elements: MessageFormatElement[], out = new Set<string>()): Set<string> {
  for (const el of elements) {
    if ("value" in el && el.type !== TYPE.literal) out.add(String(el.value));
    if ("options" in el) for (const option of Object.values(el.options)) argumentsOf(option.value, out);
    if (el.type === TYPE.tag) argumentsOf(el.children, out);
  }
  return out;
}

const english = new Map(leaves(en as unknown as Tree));

describe("message catalogue", () => {
  it("holds valid ICU messages in English", () => {
    expect(english.size).toBeGreaterThan(500);
    for (const [key, text] of english) expect(() => parse(text), key).not.toThrow();
  });

  for (const locale of locales.filter((l) => l !== "en")) {
    it(`${locale}: every file is loaded, every message translates an English one with the same placeholders`, () => {
      const files = readdirSync(path.join(root, locale)).filter((f) => f.endsWith(".json"));
      const merged = new Map(leaves(messagesFor(locale) as unknown as Tree));
      let translated = 0;
      for (const file of files) {
        for (const [key, text] of leaves(JSON.parse(readFileSync(path.join(root, locale, file), "utf8")) as Tree)) {
          const source = english.get(key);
          expect(source, `${locale}/${file}: ${key} has no English message`).toBeTypeOf("string");
          expect(merged.get(key), `${locale}/${file}: ${key} is not loaded (messages/index.ts)`).toBe(text);
          expect([...argumentsOf(parse(text))].sort(), `${locale}/${file}: ${key}`).toEqual([...argumentsOf(parse(source!))].sort());
          translated++;
        }
      }
      expect(translated).toBeGreaterThan(100);
    });
  }
});
