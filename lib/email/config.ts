// Email settings come from the environment so every app instance agrees without shared disk.
/** SMTP_URL (smtp://user:pass@host:port or smtps://…); unset → messages stay in the admin outbox. */
export function smtpUrl(): string | null {
  const v = process.env.SMTP_URL?.trim();
  return v ? v : null;
}

export function mailFrom(): string {
  return process.env.MAIL_FROM?.trim() || "SkillFlow <no-reply@skillflow.local>";
}
