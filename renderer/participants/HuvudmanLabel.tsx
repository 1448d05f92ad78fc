import { useTranslation } from 'react-i18next';
import type { Huvudman } from '../../shared/participant/schema';
import { papers } from '../board/model/palette';

/**
 * The text carries the meaning; the swatch has the paper colour the board
 * gives this huvudman's notes, so the list and the board read alike.
 */
export function HuvudmanLabel({ value }: { readonly value: Huvudman }) {
  const { t } = useTranslation();
  const paper = papers[`hm-${value}`];
  return (
    <span className="huvudman">
      <span className="huvudman__mark" style={{ background: paper.fill, borderColor: paper.edge }} aria-hidden="true" />
      {t(`huvudman.${value}`)}
    </span>
  );
}
