// The `match:solve` instance format (issue 5): parse and validate, solve with the product's solver,
// format the answer. Pure: the script does the file reading and the printing.
//
//   {"volunteers":[{"id":"v1","capacity":1}],"needs":[{"id":"n1","slots":20}],"edges":[["v1","n1",734]]}
//   → {"total":734,"assignments":[["v1","n1"]]}
//
// Decisions: `capacity` and `slots` are required non-negative integers; scores are integers within
// ±MAX_ABS_SCORE; a (volunteer, need) pair listed twice is REJECTED, not merged, because either
// score could be the intended one; unknown ids and duplicate ids are rejected too.

import { solveAssignment } from "./min-cost-flow";
import { MAX_ABS_SCORE, type AssignmentProblem } from "./types";

export class InvalidInstanceError extends Error {
  override name = "InvalidInstanceError";
}

export interface ParsedInstance {
  volunteerIds: string[];
  needIds: string[];
  problem: AssignmentProblem;
}

function fail(message: string): never {
  throw new InvalidInstanceError(message);
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

function readSide(
  input: Record<string, unknown>,
  key: "volunteers" | "needs",
  amountKey: "capacity" | "slots",
): { ids: string[]; amounts: Int32Array; index: Map<string, number> } {
  const list = input[key];
  if (!Array.isArray(list)) fail(`"${key}" must be an array`);
  const ids: string[] = [];
  const amounts = new Int32Array(list.length);
  const index = new Map<string, number>();
  list.forEach((item, i) => {
    if (!isRecord(item)) fail(`${key}[${i}] must be an object`);
    const id = item.id;
    if (typeof id !== "string" || id.length === 0) fail(`${key}[${i}].id must be a non-empty string`);
    if (index.has(id)) fail(`${key}[${i}]: duplicate id "${id}"`);
    const amount = item[amountKey];
    if (typeof amount !== "number" || !Number.isInteger(amount) || amount < 0 || amount > 2 ** 31 - 1) {
      fail(`${key}[${i}].${amountKey} must be a non-negative integer`);
    }
    index.set(id, i);
    ids.push(id);
    amounts[i] = amount;
  });
  return { ids, amounts, index };
}

export function parseInstance(input: unknown): ParsedInstance {
  if (!isRecord(input)) fail("the instance must be a JSON object");
  const volunteers = readSide(input, "volunteers", "capacity");
  const needs = readSide(input, "needs", "slots");
  const edges = input.edges;
  if (!Array.isArray(edges)) fail(`"edges" must be an array`);
  const edgeUnit = new Int32Array(edges.length);
  const edgeNeed = new Int32Array(edges.length);
  const edgeScore = new Float64Array(edges.length);
  const seen = new Set<number>();
  edges.forEach((edge, k) => {
    if (!Array.isArray(edge) || edge.length !== 3) fail(`edges[${k}] must be [volunteerId, needId, score]`);
    const [vid, nid, score] = edge as unknown[];
    const u = typeof vid === "string" ? volunteers.index.get(vid) : undefined;
    if (u === undefined) fail(`edges[${k}]: unknown volunteer ${JSON.stringify(vid)}`);
    const n = typeof nid === "string" ? needs.index.get(nid) : undefined;
    if (n === undefined) fail(`edges[${k}]: unknown need ${JSON.stringify(nid)}`);
    if (typeof score !== "number" || !Number.isInteger(score) || Math.abs(score) > MAX_ABS_SCORE) {
      fail(`edges[${k}]: score must be an integer within ±${MAX_ABS_SCORE}`);
    }
    const key = u * needs.ids.length + n;
    if (seen.has(key)) fail(`edges[${k}]: duplicate edge ${JSON.stringify(vid)} → ${JSON.stringify(nid)}`);
    seen.add(key);
    edgeUnit[k] = u;
    edgeNeed[k] = n;
    edgeScore[k] = score;
  });
  return {
    volunteerIds: volunteers.ids,
    needIds: needs.ids,
    problem: { unitCapacity: volunteers.amounts, needSlots: needs.amounts, edgeUnit, edgeNeed, edgeScore },
  };
}

export interface SolveJsonResult {
  total: number;
  assignments: [string, string][];
}

/** Solves a parsed instance; assignments in input edge order. */
export function solveInstance(parsed: ParsedInstance): SolveJsonResult {
  const { problem } = parsed;
  const solution = solveAssignment(problem);
  const assignments: [string, string][] = [];
  for (const k of solution.chosenEdges) {
    assignments.push([parsed.volunteerIds[problem.edgeUnit[k]], parsed.needIds[problem.edgeNeed[k]]]);
  }
  return { total: solution.total, assignments };
}

/** Text in, text out: throws InvalidInstanceError on bad JSON or a bad instance. */
export function solveJsonText(text: string): string {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (e) {
    fail(`not valid JSON: ${(e as Error).message}`);
  }
  const result = solveInstance(parseInstance(input));
  return JSON.stringify({ total: result.total, assignments: result.assignments });
}
