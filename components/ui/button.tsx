import type { ButtonHTMLAttributes } from "react";

const variants = {
  primary: "bg-brand-700 text-white hover:bg-brand-800",
  secondary: "border border-brand-700 text-brand-800 bg-white hover:bg-brand-50",
  danger: "bg-danger text-white hover:opacity-90",
  link: "text-brand-800 underline underline-offset-2 px-0 py-0",
} as const;

export function buttonClass(variant: keyof typeof variants = "primary"): string {
  return `inline-flex items-center justify-center gap-2 rounded-md px-4 py-2 font-medium disabled:opacity-60 ${variants[variant]}`;
}

export function Button({ variant = "primary", className = "", ...rest }: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: keyof typeof variants }) {
  return <button className={`${buttonClass(variant)} ${className}`} {...rest} />;
}
