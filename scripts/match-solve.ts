// npm run -s match:solve -- FILE
// Solves a round instance exactly with the product's solver (lib/matching/solver) and prints
// {"total":<int>,"assignments":[["v1","n1"],...]}. Exit 2 on invalid input, with the reason on stderr.

import { readFileSync } from "node:fs";
import { InvalidInstanceError, solveJsonText } from "@/lib/matching/solver/solve-json";

function main(): number {
  const file = process.argv.slice(2).find((a) => a !== "--");
  if (!file) {
    process.stderr.write("usage: npm run -s match:solve -- FILE\n");
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    process.stderr.write(`match:solve: cannot read ${file}: ${(e as Error).message}\n`);
    return 2;
  }
  try {
    process.stdout.write(solveJsonText(text) + "\n");
    return 0;
  } catch (e) {
    if (e instanceof InvalidInstanceError) {
      process.stderr.write(`match:solve: invalid input: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

process.exitCode = main();
