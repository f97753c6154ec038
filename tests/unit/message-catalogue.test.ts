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

    it(`${locale}: holds every English key, none left for the English fallback`, () => {
      const own = new Set(leaves(ownMessages(locale)).map(([key]) => key));
      const missing = [...english.keys()].filter((key) => !own.has(key));
      expect(missing, `${locale} lacks ${missing.length} of ${english.size} keys`).toEqual([]);
    });

    it(`${locale}: translates every message, except brand names, autonyms, units and bare placeholders`, () => {
      const untranslated = leaves(ownMessages(locale))
        .filter(([key, text]) => text === english.get(key) && !MAY_EQUAL_ENGLISH.has(residue(text)))
        .map(([key, text]) => `${key}: ${text}`);
      expect(untranslated).toEqual([]);
    });

    it(`${locale}: uses the glossary's word for each domain term (docs/glossary.md)`, () => {
      const own = new Map(leaves(ownMessages(locale)));
      const off: string[] = [];
      for (const [term, { english: pattern, [locale]: word }] of Object.entries(GLOSSARY)) {
        for (const [key, source] of english) {
          const text = own.get(key);
          if (text !== undefined && pattern.test(withoutArguments(source)) && !word.test(text)) off.push(`${term} · ${key}: ${text}`);
        }
      }
      for (const [word, allowedIn] of AVOIDED[locale]) {
        for (const [key, text] of own)
          if (text.includes(word) && !allowedIn.some((phrase) => text.includes(phrase))) off.push(`avoid ${word} · ${key}: ${text}`);
      }
      expect(off).toEqual([]);
    });
  }
});

/** A locale's own files merged, without the English fallback of messagesFor. */
function ownMessages(locale: string): Tree {
  const own: Tree = {};
  const merge = (into: Tree, from: Tree) => {
    for (const [k, v] of Object.entries(from)) {
      if (typeof v === "string") into[k] = v;
      else merge((into[k] ??= {}) as Tree, v);
    }
  };
  for (const file of readdirSync(path.join(root, locale)).filter((f) => f.endsWith(".json"))) {
    merge(own, JSON.parse(readFileSync(path.join(root, locale, file), "utf8")) as Tree);
  }
  return own;
}

function withoutArguments(text: string): string {
  let out = "";
  let depth = 0;
  for (const ch of text) {
    if (ch === "{") depth++;
    else if (ch === "}") depth = Math.max(0, depth - 1);
    else if (depth === 0) out += ch;
  }
  return out;
}

/** What is left of a message once placeholders, punctuation and spaces are gone. */
function residue(text: string): string {
  return withoutArguments(text).replace(/[\s\p{P}\p{S}]/gu, "");
}

// The same in every language: the brand, each language's own name (the switcher shows it in its script),
// units and messages that are only placeholders and punctuation.
const MAY_EQUAL_ENGLISH = new Set(["", "SkillFlow", "English", "मराठी", "हिन्दी", "KB", "ms"]);

// A message whose English (outside placeholders) names the term must use the glossary's word.
const GLOSSARY: Record<string, { english: RegExp; mr: RegExp; hi: RegExp }> = {
  placement: { english: /\bplacements?\b/i, mr: /नियुक्त/, hi: /नियुक्त/ },
  volunteer: { english: /\bvolunteers?\b/i, mr: /स्वयंसेव/, hi: /स्वयंसेव/ },
  coordinator: { english: /\bcoordinators?\b/i, mr: /समन्वयक/, hi: /समन्वयक/ },
  consent: { english: /\bconsents?\b/i, mr: /संमती/, hi: /सहमति/ },
  "verification level": { english: /verification level/i, mr: /पडताळणी स्तर/, hi: /सत्यापन स्तर/ },
  licence: { english: /\blicen[cs]es?\b/i, mr: /परवान/, hi: /लाइसेंस/ },
  "service report": { english: /service reports?/i, mr: /सेवा अहवाल/, hi: /सेवा रिपोर्ट/ },
  round: { english: /\brounds?\b/i, mr: /फेरी|फेऱ्या/, hi: /राउंड/ },
};

// Words the glossary replaced, with the fixed phrases where they stay.
const AVOIDED: Record<string, [string, string[]][]> = {
  mr: [
    ["ऑफर", []],
    ["विशेषता", []],
    ["निवड यादी", []],
  ],
  hi: [
    ["संगठन", ["गैर-सरकारी संगठन"]],
    ["शॉर्टलिस्ट", []],
    ["समर्थित", []],
  ],
};
