/**
 * DESIGN rule 7: licence numbers are shown masked except to their owner and to coordinators.
 * Keeps the last characters so a person can still tell two licences apart.
 */
export function maskLicenceNumber(number: string): string {
  const visible = number.length > 6 ? 3 : number.length > 3 ? 2 : 0;
  return "•".repeat(Math.max(4, number.length - visible)) + number.slice(number.length - visible);
}
