/** Vietnamese number format for messages: "," decimals, "." thousands ("4.670"; "172,4"), never an exponent ("1e+21"). */
export function formatNumberVi(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const [int, frac] = plainDigits(Math.abs(n)).split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return (n < 0 ? '-' : '') + grouped + (frac ? ',' + frac : '');
}

/**
 * The shortest decimal digits of a finite number, written out in full: JavaScript writes 1e21 as
 * "1e+21" and 1e-7 as "1e-7"; these are "1000000000000000000000" and "0.0000001".
 */
export function plainDigits(n: number): string {
  const s = String(n);
  const m = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const [, sign, whole, frac = '', exp] = m;
  const digits = whole! + frac;
  const point = whole!.length + Number(exp);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return sign + digits + '0'.repeat(point - digits.length);
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}
