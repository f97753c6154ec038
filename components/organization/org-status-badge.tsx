const styles = {
  pending: "border-amber-700 bg-amber-50 text-amber-900",
  verified: "border-ok bg-green-50 text-ok",
  rejected: "border-danger bg-red-50 text-danger",
} as const;

export function OrgStatusBadge({ status, label }: { status: keyof typeof styles; label: string }) {
  return <span className={`inline-block rounded border px-2 py-0.5 text-sm font-medium ${styles[status]}`}>{label}</span>;
}
