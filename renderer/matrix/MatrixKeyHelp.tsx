import { useTranslation } from 'react-i18next';
import type { MatrixLabels } from '../../shared/matrix/schema';
import { matrixActions } from './actions/matrixActions';
import { keyLabel } from './keyLabel';

/** The keys, read from the same action list the key handler uses. */
export function MatrixKeyHelp({ labels }: { readonly labels: MatrixLabels }) {
  const { t } = useTranslation();
  return (
    <details className="matrix-keys">
      <summary>{t('matrix.keysTitle')}</summary>
      <dl className="matrix-keys__list">
        {matrixActions.map((action) => (
          <div key={action.id} className="matrix-keys__row">
            <dt>
              {action.shortcuts.map((shortcut) => (
                <kbd key={shortcut}>{keyLabel(t, shortcut)}</kbd>
              ))}
            </dt>
            <dd>{t(action.labelKey, { quadrant: action.quadrant ? labels.quadrants[action.quadrant] : '' })}</dd>
          </div>
        ))}
      </dl>
      <p className="matrix-keys__note">{t('matrix.keysNote')}</p>
    </details>
  );
}
