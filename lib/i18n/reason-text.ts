/**
 * A stored status reason is either what a person typed or a code the system wrote ("offer_lapsed").
 * Codes are shown as sentences from the catalogue (everyday.reasonCodes), never raw (issue 18).
 */
export function reasonText(reason: string, t: { has: (key: string) => boolean; (key: string): string }): string {
  const key = `reasonCodes.${reason}`;
  return /^[a-z_]+$/.test(reason) && t.has(key) ? t(key) : reason;
}
