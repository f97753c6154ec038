// Related CMS Medicare specialty codes (db/reference/specialties_cms_medicare.csv): a volunteer
// in a related specialty may serve the need and scores less than an exact match (DESIGN rule 4).
// Groups, not pairs: every code in a group is related to every other code in it.

const GROUPS: readonly (readonly string[])[] = [
  // Primary care: General Practice, Family Practice, Internal Medicine, Geriatric Medicine,
  // Preventive Medicine, Hospitalist, Nurse Practitioner, Physician Assistant
  ["01", "08", "11", "38", "84", "C6", "50", "97"],
  // Children and mothers: Pediatric Medicine, Obstetrics & Gynecology, Certified Nurse Midwife,
  // Family Practice
  ["37", "16", "42", "08"],
  // Surgery: General Surgery, Colorectal, Thoracic, Vascular, Surgical Oncology, Plastic
  ["02", "28", "33", "77", "91", "24"],
  // Heart: Cardiology, Interventional Cardiology, Electrophysiology, Heart Failure, Cardiac Surgery
  ["06", "C3", "21", "C7", "78"],
  // Acute care: Emergency Medicine, Critical Care, Anesthesiology, CRNA, Anesthesiology Assistant
  ["93", "81", "05", "43", "32"],
  // Mental health: Psychiatry, Geriatric Psychiatry, Neuropsychiatry, Addiction Medicine,
  // Clinical Psychologist, Licensed Clinical Social Worker
  ["26", "27", "86", "79", "62", "80"],
  // Eyes: Ophthalmology, Optometry
  ["18", "41"],
  // Cancer and blood: Medical Oncology, Hematology-Oncology, Hematology, Radiation Oncology,
  // Gynecological Oncology
  ["90", "83", "82", "92", "98"],
  // Bones and rehabilitation: Orthopedic Surgery, Hand Surgery, Sports Medicine, PM&R, Physical Therapist
  ["20", "40", "23", "25", "65"],
  // Women's cancers: Obstetrics & Gynecology, Gynecological Oncology
  ["16", "98"],
];

const RELATED = new Map<string, Set<string>>();
for (const group of GROUPS) {
  for (const a of group) {
    const set = RELATED.get(a) ?? new Set<string>();
    for (const b of group) if (b !== a) set.add(b);
    RELATED.set(a, set);
  }
}

/** True when two different codes share a group. A code is not "related" to itself. */
export function areRelatedSpecialties(a: string, b: string): boolean {
  return a !== b && (RELATED.get(a)?.has(b) ?? false);
}

/** Every code named in the table (for the test that checks them against the reference CSV). */
export function relatedSpecialtyCodes(): string[] {
  return [...RELATED.keys()].sort();
}
