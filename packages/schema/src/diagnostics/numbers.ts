/** Vietnamese number format for messages: "," decimals, "." thousands ("4.670"; "172,4"). */
export function formatNumberVi(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const [int, frac] = Math.abs(n).toString().split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return (n < 0 ? '-' : '') + grouped + (frac ? ',' + frac : '');
}
