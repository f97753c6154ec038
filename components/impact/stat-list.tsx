/** Headline figures as a description list (a figure and what it counts). */
export function StatList({ items }: { items: { label: string; value: string }[] }) {
  return (
    <dl className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {items.map((i) => (
        <div key={i.label} className="rounded-card border border-gray-200 bg-white p-4">
          <dt className="text-sm text-muted">{i.label}</dt>
          <dd className="text-2xl font-bold tabular-nums">{i.value}</dd>
        </div>
      ))}
    </dl>
  );
}
