/**
 * A number as written in the UK, with commas between thousands: 1234.5 as "1,234.5", as
 * `toLocaleString('en-GB')` writes it for the whole numbers and tenths the pages show. Done by hand,
 * because the browser's first number format loads its locale data, a cost the first view of a page
 * waits for (tens of milliseconds on a slow laptop). Fractions are written as JavaScript writes them,
 * so round first.
 */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const [whole = '', fraction] = String(Math.abs(value)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${value < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}
