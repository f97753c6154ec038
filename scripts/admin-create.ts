// npm run admin:create -- --email you@example.org [--name "Your Name"]
// The password is read from stdin when piped, otherwise prompted without echo.
import { parseArgs } from "node:util";
import { createInterface } from "node:readline";
import { getHandle } from "@/db/client";
import { migrate } from "@/db/migrate";
import { unsafeCreateAdmin } from "@/lib/data/accounts/bootstrap-admin";
import { AppError } from "@/lib/errors";

const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" } } });
if (!values.email) {
  console.error('usage: npm run admin:create -- --email you@example.org [--name "Your Name"]');
  process.exit(2);
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    let data = "";
    for await (const chunk of process.stdin) data += chunk;
    return data.split(/\r?\n/)[0];
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const out = rl as unknown as { _writeToOutput: (s: string) => void; output: NodeJS.WriteStream };
  process.stdout.write("Password (12+ characters): ");
  out._writeToOutput = () => {};
  const answer = await new Promise<string>((resolve) => rl.question("", resolve));
  rl.close();
  process.stdout.write("\n");
  return answer;
}

const password = await readPassword();
const handle = await getHandle();
try {
  await migrate(handle);
  const result = await unsafeCreateAdmin(handle.db, { email: values.email, password, name: values.name ?? values.email.split("@")[0] });
  console.log(`${result.created ? "created" : "updated"} admin ${values.email}`);
} catch (e) {
  if (e instanceof AppError) {
    console.error(
      `refused: ${
        Object.entries(e.fieldErrors)
          .map(([k, v]) => `${k}: ${v.join(", ")}`)
          .join("; ") || e.messageKey
      }`,
    );
    process.exitCode = 2;
  } else throw e;
} finally {
  await handle.close();
}
