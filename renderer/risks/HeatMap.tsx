/**
 * The 4 × 4 heat map: sannolikhet up, konsekvens across, each cell in its
 * band's colour with the band in words and the number of risks in it. A
 * cell is a button that lists its risks. Risks not yet assessed are shown
 * apart and never as a safe cell. The comparison shows where each cell
 * stood at the previous assessments and lists what moved.
 */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type HeatCell, heatMap, ratings } from '../../shared/risk/rules';
import type { Bands, RiskRow } from '../../shared/risk/schema';
import { BandBadge } from './BandBadge';
import { heatMoves } from './heatMoves';
import type { RiskWords } from './riskWords';

type Selection = { readonly likelihood: number; readonly consequence: number } | 'unassessed' | null;

export interface HeatMapProps {
  readonly risks: readonly RiskRow[];
  readonly bands: Bands;
  readonly words: RiskWords;
  readonly onOpen: (risk: RiskRow) => void;
}

const cellKey = (likelihood: number, consequence: number) => `${likelihood}:${consequence}`;

export function HeatMap({ risks, bands, words, onOpen }: HeatMapProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [selected, setSelected] = useState<Selection>(null);
  const [compare, setCompare] = useState(false);
  const now = useMemo(() => heatMap(risks, (r) => r.current, bands), [risks, bands]);
  const before = useMemo(() => {
    const map = heatMap(risks, (r) => r.previous, bands);
    return new Map(map.rows.flat().map((cell) => [cellKey(cell.likelihood, cell.consequence), cell.riskIds.length]));
  }, [risks, bands]);
  const moves = useMemo(() => (compare ? heatMoves(risks) : []), [compare, risks]);
  const byId = useMemo(() => new Map(risks.map((r) => [r.id as string, r])), [risks]);

  const listed = selected === null ? [] : selected === 'unassessed' ? now.unassessed : (now.rows.flat().find((c) => c.likelihood === selected.likelihood && c.consequence === selected.consequence)?.riskIds ?? []);
  const cellName = (cell: HeatCell) =>
    t('risk.heatmap.cellName', {
      likelihood: `${cell.likelihood} ${t(`risk.scale.likelihood.${cell.likelihood}.name`)}`,
      consequence: `${cell.consequence} ${t(`risk.scale.consequence.${cell.consequence}.name`)}`,
      score: cell.score,
      band: words.band[cell.band],
      count: cell.riskIds.length,
    });

  return (
    <section className="section risk-heat" aria-labelledby={headingId}>
      <div className="section__header">
        <h2 id={headingId} className="section__title">
          {t('risk.heatmap.heading')}
        </h2>
        <label className="risk-heat__compare">
          <input type="checkbox" checked={compare} onChange={(e) => setCompare(e.target.checked)} /> {t('risk.heatmap.compare')}
        </label>
      </div>
      <table className="risk-heat__grid">
        <caption className="visually-hidden">{t('risk.heatmap.caption')}</caption>
        <thead>
          <tr>
            <td className="risk-heat__corner">
              <span className="risk-heat__axis">{t('risk.fields.likelihood')} ↑</span>
              <span className="risk-heat__axis">{t('risk.fields.consequence')} →</span>
            </td>
            {ratings.map((c) => (
              <th key={c} scope="col">
                {c} {t(`risk.scale.consequence.${c}.name`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {now.rows.map((row) => (
            <tr key={row[0]!.likelihood}>
              <th scope="row">
                {row[0]!.likelihood} {t(`risk.scale.likelihood.${row[0]!.likelihood}.name`)}
              </th>
              {row.map((cell) => {
                const isSelected = selected !== null && selected !== 'unassessed' && selected.likelihood === cell.likelihood && selected.consequence === cell.consequence;
                const earlier = before.get(cellKey(cell.likelihood, cell.consequence)) ?? 0;
                return (
                  <td key={cell.consequence} className={`risk-heat__cell risk-heat__cell--${cell.band}`}>
                    <button type="button" className="risk-heat__button" aria-pressed={isSelected} aria-label={cellName(cell)} onClick={() => setSelected(isSelected ? null : cell)}>
                      <span className="risk-heat__count">{cell.riskIds.length}</span>
                      <span className="risk-heat__band">
                        {cell.score} {words.band[cell.band]}
                      </span>
                      {compare ? <span className="risk-heat__before">{t('risk.heatmap.before', { count: earlier })}</span> : null}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="risk-heat__unassessed" aria-pressed={selected === 'unassessed'} onClick={() => setSelected(selected === 'unassessed' ? null : 'unassessed')}>
        {t('risk.heatmap.unassessed', { count: now.unassessed.length })}
      </button>
      {selected !== null ? (
        <div className="risk-heat__list" role="region" aria-label={selected === 'unassessed' ? t('risk.heatmap.listUnassessed') : t('risk.heatmap.listCell', { likelihood: selected.likelihood, consequence: selected.consequence })}>
          {listed.length === 0 ? <p className="muted">{t('risk.heatmap.emptyCell')}</p> : null}
          <ul>
            {listed.map((id) => {
              const risk = byId.get(id);
              return risk ? (
                <li key={id}>
                  <button type="button" className="risk-table__open" onClick={() => onOpen(risk)}>
                    {risk.code} {risk.title}
                  </button>
                </li>
              ) : null;
            })}
          </ul>
        </div>
      ) : null}
      {compare ? (
        <div className="risk-heat__moves">
          <h3 className="risk-heat__moves-title">{t('risk.heatmap.movesHeading')}</h3>
          {moves.length === 0 ? <p className="muted">{t('risk.heatmap.noMoves')}</p> : null}
          <ul>
            {moves.map(({ risk, movement, from, to, band }) => (
              <li key={risk.id} className={`risk-move risk-move--${movement}`}>
                <span aria-hidden="true">{words.movement[movement].mark} </span>
                {from === null ? t('risk.heatmap.moveNew', { code: risk.code, to }) : t('risk.heatmap.move', { code: risk.code, from, to })}{' '}
                <BandBadge band={band} label={words.band[band]} /> <span className="visually-hidden">{words.movement[movement].text}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
