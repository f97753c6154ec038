import { describe, expect, it } from "vitest";
import { notificationKinds } from "@/lib/vocabulary/notification-kinds";
import { renderNotification } from "@/lib/data/notifications/render";

// Every notification kind has a title and body in each language, with every placeholder filled.
const params = {
  needTitle: "Paediatric camp, Alibag",
  volunteerName: "Dr Asha Patil",
  organizationName: "DHO Raigad",
  reason: "Visa delayed",
  startDate: "2031-03-01",
  endDate: "2031-03-31",
  expiresAt: "2031-02-20T10:00:00Z",
  level: 3,
  cause: "licence_rejected",
};

describe("notification messages", () => {
  for (const locale of ["en", "mr", "hi"]) {
    it(`renders every kind in ${locale}`, () => {
      for (const kind of notificationKinds) {
        const { title, body } = renderNotification(locale, kind, params);
        for (const text of [title, body]) {
          expect(text, `${locale} ${kind}`).not.toMatch(/[{}]/);
          expect(text, `${locale} ${kind}`).not.toContain(`kinds.${kind}`);
          expect(text.length, `${locale} ${kind}`).toBeGreaterThan(5);
        }
        if (locale !== "en") expect(body, `${locale} ${kind}`).not.toBe(renderNotification("en", kind, params).body);
      }
    });
  }
});
