// Structured JSON logs (issue 16), one line per event, with pino: level from LOG_LEVEL (default info).
import pino from "pino";

const g = globalThis as unknown as { __skillflowLogger?: pino.Logger };

export const logger: pino.Logger = (g.__skillflowLogger ??= pino({
  level: process.env.LOG_LEVEL ?? "info",
  base: { service: "skillflow", pid: process.pid },
  timestamp: pino.stdTimeFunctions.isoTime,
}));
