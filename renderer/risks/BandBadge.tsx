import type { BandName } from '../../shared/risk/schema';

/** A band in its colour and, so it never depends on colour alone, in words. */
export function BandBadge({ band, label }: { readonly band: BandName; readonly label: string }) {
  return <span className={`risk-band risk-band--${band}`}>{label}</span>;
}
