import type { ReactNode } from "react";

export function Card({ title, children, headingLevel = 2 }: { title?: ReactNode; children: ReactNode; headingLevel?: 2 | 3 }) {
  const H = headingLevel === 2 ? "h2" : "h3";
  return (
    <section className="rounded-card border border-gray-200 bg-surface p-5 shadow-sm">
      {title ? <H className="mb-2 text-lg font-semibold">{title}</H> : null}
      {children}
    </section>
  );
}

export function PageTitle({ children }: { children: ReactNode }) {
  return <h1 className="mb-6 text-2xl font-bold sm:text-3xl">{children}</h1>;
}
