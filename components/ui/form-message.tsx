/**
 * The form-level message: announced by screen readers (role=alert for errors, status for success)
 * and focusable so the page can move focus to it after a failed submit.
 */
export function FormMessage({ status, text }: { status: "idle" | "ok" | "error"; text?: string }) {
  if (status === "idle" || !text) return <div role="status" aria-live="polite" className="sr-only" />;
  const error = status === "error";
  return (
    <div
      role={error ? "alert" : "status"}
      tabIndex={-1}
      className={`rounded-md border px-4 py-3 ${error ? "border-danger bg-red-50 text-danger" : "border-ok bg-green-50 text-ok"}`}
    >
      {text}
    </div>
  );
}
