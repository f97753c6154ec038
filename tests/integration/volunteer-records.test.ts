import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { auditLog, availabilityWindows, documentReads, documents, licences, settings } from "@/db/schema";
import { addAvailability, deleteAvailability, listMyAvailability } from "@/lib/data/volunteers/availability";
import { addLicence, deleteLicence, listMyLicences, listVolunteerLicences, updateLicence } from "@/lib/data/volunteers/licences";
import { deleteDocument, downloadDocument, listMyDocuments, listVolunteerDocuments, uploadDocument } from "@/lib/data/volunteers/documents";
import { setStorage, getStorage } from "@/lib/storage";
import { addDays, todayUtc } from "@/lib/validation/calendar-dates";
import { useTestDb } from "../fixtures/db";
import { createActor } from "../fixtures/actors";
import { fileOf, jpegBytes, pdfBytes, pngBytes, useTempStorage } from "../fixtures/volunteer-files";
import { expectAppError } from "../fixtures/app-error";

useTestDb();
const storage = useTempStorage();

const inDays = (n: number) => addDays(todayUtc(), n);

describe("availability windows", () => {
  it("stores [start, lastDay + 1) and lists windows in date order", async () => {
    const v = await createActor(["volunteer"]);
    await addAvailability(v, { start: inDays(100), lastDay: inDays(129), mode: "in_person" });
    await addAvailability(v, { start: inDays(10), lastDay: inDays(10), mode: "remote", hoursPerWeek: "6" });
    const list = await listMyAvailability(v);
    expect(list.map((w) => [w.start, w.end, w.days, w.mode, w.hoursPerWeek])).toEqual([
      [inDays(10), inDays(11), 1, "remote", 6],
      [inDays(100), inDays(130), 30, "in_person", null],
    ]);
  });

  it("refuses end before start, past starts, impossible dates and windows over the platform cap", async () => {
    const v = await createActor(["volunteer"]);
    expect((await expectAppError(addAvailability(v, { start: inDays(20), lastDay: inDays(19), mode: "in_person" }))).fieldErrors).toEqual({
      lastDay: ["end_before_start"],
    });
    expect((await expectAppError(addAvailability(v, { start: inDays(-1), lastDay: inDays(5), mode: "in_person" }))).fieldErrors).toEqual({
      start: ["date_past"],
    });
    expect((await expectAppError(addAvailability(v, { start: "2027-02-29", lastDay: "2027-03-30", mode: "in_person" }))).fieldErrors).toEqual({
      start: ["date_invalid"],
    });
    expect((await expectAppError(addAvailability(v, { start: inDays(1), lastDay: inDays(366), mode: "in_person" }))).fieldErrors).toEqual({
      lastDay: ["window_too_long"],
    });
    await addAvailability(v, { start: inDays(1), lastDay: inDays(365), mode: "in_person" }); // exactly 365 days
    expect(await listMyAvailability(v)).toHaveLength(1);
  });

  it("accepts 29 February in a leap year", async () => {
    const v = await createActor(["volunteer"]);
    const now = new Date("2027-06-01T10:00:00Z");
    await addAvailability(v, { start: "2028-02-29", lastDay: "2028-03-10", mode: "in_person" }, now);
    expect((await listMyAvailability(v))[0]).toMatchObject({ start: "2028-02-29", days: 11 });
  });

  it("reads the cap from the settings table", async () => {
    const db = await getDb();
    await db.insert(settings).values({ key: "platform.capDays", value: 30 });
    try {
      const v = await createActor(["volunteer"]);
      const e = await expectAppError(addAvailability(v, { start: inDays(1), lastDay: inDays(31), mode: "remote" }));
      expect(e.fieldErrors.lastDay).toEqual(["window_too_long"]);
    } finally {
      await db.delete(settings).where(eq(settings.key, "platform.capDays"));
    }
  });

  it("refuses a window overlapping one's own window of the same mode; other modes and touching windows are fine", async () => {
    const v = await createActor(["volunteer"]);
    await addAvailability(v, { start: inDays(30), lastDay: inDays(59), mode: "in_person" });
    const e = await expectAppError(addAvailability(v, { start: inDays(50), lastDay: inDays(70), mode: "in_person" }));
    expect(e.fieldErrors).toEqual({ start: ["window_overlaps"] });
    expect(e.details).toEqual({ start: inDays(30), lastDay: inDays(59) });
    await addAvailability(v, { start: inDays(60), lastDay: inDays(70), mode: "in_person" }); // touches, no overlap
    await addAvailability(v, { start: inDays(40), lastDay: inDays(45), mode: "remote" });
    // someone else's window never clashes with mine
    const other = await createActor(["volunteer"]);
    await addAvailability(other, { start: inDays(30), lastDay: inDays(59), mode: "in_person" });
    expect(await listMyAvailability(v)).toHaveLength(3);
  });

  it("two overlapping windows posted at once: exactly one is stored", async () => {
    const v = await createActor(["volunteer"]);
    const results = await Promise.allSettled([
      addAvailability(v, { start: inDays(200), lastDay: inDays(220), mode: "in_person" }),
      addAvailability(v, { start: inDays(210), lastDay: inDays(230), mode: "in_person" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await listMyAvailability(v)).toHaveLength(1);
  });

  it("another volunteer deleting my window gets not_found and nothing changes", async () => {
    const v = await createActor(["volunteer"]);
    const other = await createActor(["volunteer"]);
    const { id } = await addAvailability(v, { start: inDays(5), lastDay: inDays(9), mode: "in_person" });
    expect((await expectAppError(deleteAvailability(other, { id }))).code).toBe("not_found");
    const db = await getDb();
    expect(await db.select().from(availabilityWindows).where(eq(availabilityWindows.id, id))).toHaveLength(1);
    await deleteAvailability(v, { id });
    expect(await db.select().from(availabilityWindows).where(eq(availabilityWindows.id, id))).toHaveLength(0);
  });
});

describe("documents", () => {
  it("stores a PDF under a generated name outside public/, and the owner downloads it (logged)", async () => {
    const v = await createActor(["volunteer"]);
    const { documentId } = await uploadDocument(v, { file: fileOf(pdfBytes(), "../../public/licence.pdf") });
    const db = await getDb();
    const [doc] = await db.select().from(documents).where(eq(documents.id, documentId));
    expect(doc.originalName).toBe("licence.pdf");
    expect(doc.storageKey).toMatch(/^documents\/[0-9a-f-]{36}\.pdf$/);
    expect(storage.root()).not.toContain("public");
    const got = await downloadDocument(v, documentId);
    expect(Buffer.from(got.bytes).toString("latin1")).toContain("%PDF-1.7");
    expect(got.contentType).toBe("application/pdf");
    const reads = await db.select().from(documentReads).where(eq(documentReads.documentId, documentId));
    expect(reads).toEqual([expect.objectContaining({ readerId: v.id, purpose: "owner" })]);
  });

  it("refuses oversize files, disguised files and empty uploads, storing nothing", async () => {
    const v = await createActor(["volunteer"]);
    const before = storage.storedFiles().length;
    const big = await expectAppError(uploadDocument(v, { file: fileOf(pdfBytes(10 * 1024 * 1024), "big.pdf") }));
    expect(big.fieldErrors).toEqual({ file: ["file_too_large"] });
    const disguised = await expectAppError(uploadDocument(v, { file: fileOf(new Uint8Array(Buffer.from("<svg onload=alert(1)>")), "scan.pdf") }));
    expect(disguised.fieldErrors).toEqual({ file: ["file_type"] });
    const gif = await expectAppError(uploadDocument(v, { file: fileOf(new Uint8Array(Buffer.from("GIF89a....")), "photo.png", "image/png") }));
    expect(gif.fieldErrors).toEqual({ file: ["file_type"] });
    expect((await expectAppError(uploadDocument(v, { file: fileOf(new Uint8Array(), "empty.pdf") }))).fieldErrors).toEqual({ file: ["file_required"] });
    expect((await expectAppError(uploadDocument(v, {}))).fieldErrors).toEqual({ file: ["file_required"] });
    expect(storage.storedFiles().length).toBe(before);
    expect(await listMyDocuments(v)).toEqual([]);
  });

  it("accepts JPEG and PNG by content, whatever the name says", async () => {
    const v = await createActor(["volunteer"]);
    await uploadDocument(v, { file: fileOf(jpegBytes(), "photo.pdf") });
    await uploadDocument(v, { file: fileOf(pngBytes(), "noextension") });
    expect((await listMyDocuments(v)).map((d) => d.contentType).sort()).toEqual(["image/jpeg", "image/png"]);
  });

  it("only the owner and coordinators download; others get not_found and nothing is logged for them", async () => {
    const v = await createActor(["volunteer"]);
    const other = await createActor(["volunteer"]);
    const org = await createActor(["organization"]);
    const admin = await createActor(["admin"]);
    const coordinator = await createActor(["coordinator"]);
    const { documentId } = await uploadDocument(v, { file: fileOf(pdfBytes(), "reg.pdf") });
    for (const actor of [other, org, admin]) expect((await expectAppError(downloadDocument(actor, documentId))).code).toBe("not_found");
    expect((await expectAppError(downloadDocument({ kind: "anonymous" }, documentId))).code).toBe("not_found");
    expect((await expectAppError(downloadDocument(v, "not-a-uuid"))).code).toBe("not_found");
    expect((await listVolunteerDocuments(coordinator, v.id)).map((d) => d.id)).toEqual([documentId]);
    for (const actor of [other, org]) expect((await expectAppError(listVolunteerDocuments(actor, v.id))).code).toBe("not_found");
    await downloadDocument(coordinator, documentId);
    const db = await getDb();
    const reads = await db.select().from(documentReads).where(eq(documentReads.documentId, documentId));
    expect(reads.map((r) => [r.readerId, r.purpose])).toEqual([[coordinator.id, "verification"]]);
    expect((await expectAppError(deleteDocument(other, { id: documentId }))).code).toBe("not_found");
    await deleteDocument(v, { id: documentId });
    expect(await db.select().from(documents).where(eq(documents.id, documentId))).toHaveLength(0);
  });

  it("a failed store leaves no row; a failed row leaves no file", async () => {
    const v = await createActor(["volunteer"]);
    const real = getStorage();
    setStorage({
      ...real,
      put: async () => {
        throw new Error("disk full");
      },
      get: real.get.bind(real),
      delete: real.delete.bind(real),
      exists: real.exists.bind(real),
    });
    await expect(uploadDocument(v, { file: fileOf(pdfBytes(), "a.pdf") })).rejects.toThrow("disk full");
    setStorage(real);
    expect(await listMyDocuments(v)).toEqual([]);
    // the row fails (a trigger stands in for any database error): the stored file is removed again
    const before = storage.storedFiles().length;
    const db = await getDb();
    await db.execute(
      `CREATE OR REPLACE FUNCTION sf_test_fail() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'boom' USING ERRCODE = '23514'; END $$` as never,
    );
    await db.execute(`CREATE TRIGGER sf_test_fail BEFORE INSERT ON documents FOR EACH ROW EXECUTE FUNCTION sf_test_fail()` as never);
    try {
      expect((await expectAppError(uploadDocument(v, { file: fileOf(pdfBytes(), "b.pdf") }))).code).toBe("conflict");
    } finally {
      await db.execute(`DROP TRIGGER sf_test_fail ON documents` as never);
    }
    expect(storage.storedFiles().length).toBe(before);
    expect(await listMyDocuments(v)).toEqual([]);
  });
});

describe("licences", () => {
  const licence = (over: Record<string, unknown> = {}) => ({
    authority: "General Medical Council",
    countryCode: "GB",
    number: "GMC7012345",
    validFrom: "2015-08-01",
    validTo: inDays(400),
    ...over,
  });

  it("adds a licence with its document in one step; numbers are masked for everyone but the owner and coordinators", async () => {
    const v = await createActor(["volunteer"]);
    const coordinator = await createActor(["coordinator"]);
    const { licenceId } = await addLicence(v, { ...licence(), file: fileOf(pdfBytes(), "gmc.pdf") });
    const mine = await listMyLicences(v);
    expect(mine[0]).toMatchObject({ id: licenceId, number: "GMC7012345", numberMasked: false, status: "unverified", documentName: "gmc.pdf" });
    expect((await listVolunteerLicences(coordinator, v.id))[0].number).toBe("GMC7012345");
    const other = await createActor(["volunteer"]);
    const org = await createActor(["organization"]);
    expect((await expectAppError(listVolunteerLicences(other, v.id))).code).toBe("not_found");
    expect((await expectAppError(listVolunteerLicences(org, v.id))).code).toBe("not_found");
  });

  it("bad licence input stores neither the file nor the row", async () => {
    const v = await createActor(["volunteer"]);
    const before = storage.storedFiles().length;
    const e = await expectAppError(addLicence(v, { ...licence({ number: "", validTo: "2015-01-01" }), file: fileOf(pdfBytes(), "x.pdf") }));
    expect(Object.keys(e.fieldErrors).sort()).toEqual(["number", "validTo"]);
    expect((await expectAppError(addLicence(v, { ...licence({ countryCode: "XX" }), file: fileOf(pdfBytes(), "x.pdf") }))).fieldErrors).toEqual({
      countryCode: ["reference_unknown"],
    });
    expect(storage.storedFiles().length).toBe(before);
    expect(await listMyLicences(v)).toEqual([]);
  });

  it("changing the number or expiry returns a verified licence to unverified and audits it", async () => {
    const v = await createActor(["volunteer"]);
    const { licenceId } = await addLicence(v, licence());
    const db = await getDb();
    await db.update(licences).set({ status: "verified" }).where(eq(licences.id, licenceId));
    // nothing a coordinator checked changed (issue 11: authority, country and region count as well)
    expect(await updateLicence(v, { licenceId, ...licence() })).toEqual({ statusReset: false });
    expect((await listMyLicences(v))[0].status).toBe("verified");
    expect(await updateLicence(v, { licenceId, ...licence({ region: "England", validTo: inDays(800) }) })).toEqual({ statusReset: true });
    expect((await listMyLicences(v))[0].status).toBe("unverified");
    const audits = await db.select().from(auditLog).where(eq(auditLog.objectId, licenceId));
    const reset = audits.find((a) => a.action === "licence.changed_reset_to_unverified")!;
    expect(reset.before).toMatchObject({ status: "verified", validTo: inDays(400) });
    expect(JSON.stringify(reset)).not.toContain("GMC7012345"); // the audit log keeps masked numbers
  });

  it("another volunteer changing or deleting my licence gets not_found and nothing changes", async () => {
    const v = await createActor(["volunteer"]);
    const other = await createActor(["volunteer"]);
    const { licenceId } = await addLicence(v, licence());
    expect((await expectAppError(updateLicence(other, { licenceId, ...licence({ number: "HACKED1" }) }))).code).toBe("not_found");
    expect((await expectAppError(deleteLicence(other, { id: licenceId }))).code).toBe("not_found");
    expect((await listMyLicences(v))[0].number).toBe("GMC7012345");
    // my own licence cannot point at someone else's document
    const { documentId } = await uploadDocument(other, { file: fileOf(pdfBytes(), "theirs.pdf") });
    expect((await expectAppError(addLicence(v, licence({ documentId })))).fieldErrors).toEqual({ documentId: ["reference_unknown"] });
    await deleteLicence(v, { id: licenceId });
    expect(await listMyLicences(v)).toEqual([]);
  });
});
