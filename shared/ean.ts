// EAN-13 / GLN check digit (GS1 mod 10), as used for Danish public e-invoicing.

export function eanCheckDigit(first12: string): number {
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    const digit = first12.charCodeAt(i) - 48;
    sum += digit * (i % 2 === 0 ? 1 : 3);
  }
  return (10 - (sum % 10)) % 10;
}

export function isValidEan(ean: string): boolean {
  if (!/^\d{13}$/.test(ean)) return false;
  return eanCheckDigit(ean.slice(0, 12)) === Number(ean[12]);
}
