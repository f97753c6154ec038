// The layering of docs/development.md is enforced by eslint.config.mjs; these cases prove that a
// forbidden import fails `npm run lint` (and CI) and that the allowed shapes pass.
import { describe, expect, it } from "vitest";
import { ESLint } from "eslint";

const eslint = new ESLint({ cwd: process.cwd() });

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === "@typescript-eslint/no-restricted-imports").map((m) => m.message);
}

describe("import boundaries", () => {
  it.each([
    ["components/x/widget.tsx", `import { getDb } from "@/db/client";\nexport const a = getDb;`],
    ["components/x/widget.tsx", `import { getDb } from "../../db/client";\nexport const a = getDb;`],
    ["components/x/widget.tsx", `import { listMyOrganizations } from "@/lib/data/organizations/list-my-organizations";\nexport const a = listMyOrganizations;`],
    ["components/x/widget.tsx", `import { getReasonFormatter } from "@/lib/i18n/reason-formatter";\nexport const a = getReasonFormatter;`],
    ["components/x/widget.tsx", `import { setLocale } from "@/app/actions/locale";\nexport const a = setLocale;`],
    ["lib/matching/x.ts", `import type { Db } from "@/db/client";\nexport type A = Db;`],
    ["lib/matching/x.ts", `import { NextResponse } from "next/server";\nexport const a = NextResponse;`],
    ["lib/matching/x.ts", `import { useState } from "react";\nexport const a = useState;`],
    ["lib/validation/x.ts", `import { notify } from "@/lib/data/notifications/notify";\nexport const a = notify;`],
    ["lib/http/x.ts", `import { setLocale } from "@/app/actions/locale";\nexport const a = setLocale;`],
    ["db/seed/x.ts", `import { notify } from "@/lib/data/notifications/notify";\nexport const a = notify;`],
    ["scripts/x.ts", `import { GET } from "@/app/api/v1/needs/route";\nexport const a = GET;`],
  ])("refuses a forbidden import in %s", async (file, code) => {
    expect(await boundaryErrors(file, code)).toHaveLength(1);
  });

  it.each([
    ["components/x/widget.tsx", `import type { MyFit } from "@/lib/data/matching/my-fit";\nexport type A = MyFit;`],
    ["components/x/widget.tsx", `import type { ReasonFormatter } from "@/lib/i18n/reason-formatter";\nexport type A = ReasonFormatter;`],
    ["lib/matching/x.ts", `import { evaluate } from "./explain";\nexport const a = evaluate;`],
    ["lib/data/x.ts", `import { getDb } from "@/db/client";\nexport const a = getDb;`],
    ["db/seed/use-case-seam.ts", `export { notify } from "@/lib/data/notifications/notify";`],
    ["app/x/page.tsx", `import { getDb } from "@/db/client";\nexport const a = getDb;`],
  ])("allows %s", async (file, code) => {
    expect(await boundaryErrors(file, code)).toEqual([]);
  });
});
