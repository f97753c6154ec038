/** The server runs the public demo (published passwords): `SKILLFLOW_DEMO=1`. */
export function isDemoMode(): boolean {
  return process.env.SKILLFLOW_DEMO === "1";
}
