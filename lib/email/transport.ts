import nodemailer, { type Transporter } from "nodemailer";

const cache = globalThis as unknown as { __skillflowSmtp?: { url: string; transport: Transporter } };

/** One pooled SMTP transport per process and URL (the URL can change between tests). */
export function smtpTransport(url: string): Transporter {
  if (cache.__skillflowSmtp?.url !== url) {
    cache.__skillflowSmtp?.transport.close();
    cache.__skillflowSmtp = { url, transport: nodemailer.createTransport(url) };
  }
  return cache.__skillflowSmtp.transport;
}
