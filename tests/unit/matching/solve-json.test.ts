// The match:solve instance format: validation rules and output shape (the CLI is a thin wrapper).
import { describe, expect, it } from "vitest";
import { InvalidInstanceError, solveJsonText } from "@/lib/matching/solver/solve-json";

const base = {
  volunteers: [
    { id: "v1", capacity: 1 },
    { id: "v2", capacity: 1 },
  ],
  needs: [{ id: "n1", slots: 1 }],
};

describe("solveJsonText", () => {
  it("returns exactly {total, assignments} in input edge order", () => {
    const out = solveJsonText(
      JSON.stringify({
        ...base,
        needs: [{ id: "n1", slots: 2 }],
        edges: [
          ["v2", "n1", 3],
          ["v1", "n1", 4],
        ],
      }),
    );
    expect(out).toBe('{"total":7,"assignments":[["v2","n1"],["v1","n1"]]}');
  });

  it("lets slots stay empty when scores are not positive", () => {
    expect(
      JSON.parse(
        solveJsonText(
          JSON.stringify({
            ...base,
            edges: [
              ["v1", "n1", 0],
              ["v2", "n1", -2],
            ],
          }),
        ),
      ),
    ).toEqual({ total: 0, assignments: [] });
  });

  it.each([
    [{ ...base, edges: [["v9", "n1", 1]] }, /unknown volunteer "v9"/],
    [{ ...base, edges: [["v1", "n9", 1]] }, /unknown need "n9"/],
    [{ ...base, edges: [["v1", "n1", 1.5]] }, /score must be an integer/],
    [{ ...base, edges: [["v1", "n1", "7"]] }, /score must be an integer/],
    [{ ...base, edges: [["v1", "n1", 1e12]] }, /score must be an integer within/],
    [
      {
        ...base,
        edges: [
          ["v1", "n1", 1],
          ["v1", "n1", 2],
        ],
      },
      /edges\[1\]: duplicate edge/,
    ],
    [{ ...base, edges: [["v1", "n1"]] }, /must be \[volunteerId, needId, score\]/],
    [
      {
        ...base,
        volunteers: [
          { id: "v1", capacity: 1 },
          { id: "v1", capacity: 1 },
        ],
        edges: [],
      },
      /duplicate id "v1"/,
    ],
    [{ ...base, volunteers: [{ id: "v1", capacity: -1 }], edges: [] }, /capacity must be a non-negative integer/],
    [{ ...base, needs: [{ id: "n1" }], edges: [] }, /slots must be a non-negative integer/],
    [{ ...base }, /"edges" must be an array/],
    [[], /must be a JSON object/],
  ])("rejects invalid instance %#", (instance, message) => {
    expect(() => solveJsonText(JSON.stringify(instance))).toThrow(InvalidInstanceError);
    expect(() => solveJsonText(JSON.stringify(instance))).toThrow(message);
  });

  it("rejects text that is not JSON", () => {
    expect(() => solveJsonText("{nope")).toThrow(/not valid JSON/);
  });
});
