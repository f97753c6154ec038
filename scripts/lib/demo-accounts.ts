import { DEMO_DOMAIN, DEMO_PASSWORD } from "@/db/seed/demo-data";

export function printDemoAccounts(): void {
  const rows = [
    ["admin", `admin@${DEMO_DOMAIN}`, "accounts, roles, outbox"],
    ["coordinator", `coordinator@${DEMO_DOMAIN}`, "verification, matching rounds, approvals"],
    ["organisation", `dho.raigad@${DEMO_DOMAIN}`, "District Health Office, Raigad"],
    ["organisation", `gmc.nagpur@${DEMO_DOMAIN}`, "Government Medical College, Nagpur"],
    ["organisation", `dho.satara@${DEMO_DOMAIN}`, "District Health Office, Satara (pending verification)"],
    ["volunteer", `volunteer@${DEMO_DOMAIN}`, "paediatrician in Houston, verification level 3"],
  ];
  console.log(`\nDemo sign-in accounts (password for all: ${DEMO_PASSWORD}):`);
  for (const [role, email, note] of rows) console.log(`  ${role.padEnd(13)} ${email.padEnd(40)} ${note}`);
  console.log("");
}
