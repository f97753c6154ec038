// Default English sentences for reasons and exclusions. Translations render from key + params;
// these are the fallback and what logs and the CLI show.

import type { NameLookup } from "./types";

export function signedPoints(points: number): string {
  return points >= 0 ? `+${points}` : `${points}`;
}

export function languageName(code: string, names?: NameLookup): string {
  return names?.language?.(code) ?? code;
}

export function specialtyName(code: string, names?: NameLookup): string {
  return names?.specialty?.(code) ?? `specialty ${code}`;
}

export function districtName(code: string, names?: NameLookup): string {
  return names?.district?.(code) ?? `district ${code}`;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
