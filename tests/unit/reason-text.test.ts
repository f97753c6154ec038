import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { messagesFor } from "@/messages";
import { reasonText } from "@/lib/i18n/reason-text";

describe("status reasons read as sentences (issue 18)", () => {
  const t = createTranslator({ locale: "en", messages: messagesFor("en"), namespace: "everyday" });
  it("turns a system code into a sentence and leaves what a person typed alone", () => {
    expect(reasonText("offer_lapsed", t as never)).toBe("The offer lapsed: there was no answer before the deadline.");
    expect(reasonText("Family emergency", t as never)).toBe("Family emergency");
    expect(reasonText("not_a_known_code", t as never)).toBe("not_a_known_code");
  });
});
