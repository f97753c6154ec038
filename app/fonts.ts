import localFont from "next/font/local";

// Fonts ship in the repo (copied from @fontsource-variable packages, OFL): no network at build time.
export const inter = localFont({
  src: "./fonts/inter-latin-wght-normal.woff2",
  variable: "--font-inter",
  display: "swap",
});

export const devanagari = localFont({
  src: "./fonts/noto-sans-devanagari-devanagari-wght-normal.woff2",
  variable: "--font-devanagari",
  display: "swap",
});
