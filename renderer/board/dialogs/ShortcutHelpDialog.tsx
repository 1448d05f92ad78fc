import { Fragment, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { boardActionRegistry } from '../../actions/board/boardRegistry';
import type { BoardActionGroup } from '../../actions/board/types';
import { actionRegistry } from '../../actions/registry';
import { Dialog } from '../../common/Dialog';
import { shortcutKeys } from '../shortcutLabel';
import './shortcuts.css';

interface Row {
  readonly id: string;
  readonly labelKey: string;
  readonly shortcuts: readonly string[];
}

const GROUPS: readonly BoardActionGroup[] = ['notes', 'selection', 'clusters', 'view', 'board'];

function Keys({ shortcut }: { readonly shortcut: string }) {
  const { t } = useTranslation();
  const keys = shortcutKeys(t, shortcut);
  return (
    <span className="keys">
      {keys.map((key, i) => (
        <Fragment key={`${key}-${i}`}>
          {i > 0 ? <span aria-hidden="true"> + </span> : null}
          <kbd>{key}</kbd>
        </Fragment>
      ))}
    </span>
  );
}

function ShortcutTable({ caption, rows }: { readonly caption: string; readonly rows: readonly Row[] }) {
  const { t } = useTranslation();
  return (
    <table className="table shortcut-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('shortcuts.action')}</th>
          <th scope="col">{t('shortcuts.keysColumn')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <th scope="row">{t(row.labelKey)}</th>
            <td>
              {row.shortcuts.length === 0 ? (
                <span className="muted">{t('shortcuts.none')}</span>
              ) : (
                row.shortcuts.map((shortcut, i) => (
                  <Fragment key={shortcut}>
                    {i > 0 ? <span className="muted">{t('shortcuts.or')}</span> : null}
                    <Keys shortcut={shortcut} />
                  </Fragment>
                ))
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Every action and its keys, generated from the registries so it cannot drift from what the keys do. */
export function ShortcutHelpDialog({ onClose }: { readonly onClose: () => void }) {
  const { t } = useTranslation();
  const leadId = useId();
  return (
    <Dialog title={t('shortcuts.title')} onClose={onClose} className="dialog--wide" describedBy={leadId}>
      <p id={leadId} className="dialog__message">
        {t('shortcuts.lead')}
      </p>
      <div className="shortcut-groups">
        {GROUPS.map((group) => (
          <ShortcutTable key={group} caption={t(`shortcuts.groups.${group}`)} rows={boardActionRegistry.filter((a) => a.group === group)} />
        ))}
        <ShortcutTable caption={t('shortcuts.groups.history')} rows={actionRegistry} />
      </div>
      <h3 className="shortcut-mouse__title">{t('shortcuts.mouseTitle')}</h3>
      <ul className="shortcut-mouse">
        <li>{t('shortcuts.mouse.select')}</li>
        <li>{t('shortcuts.mouse.drag')}</li>
        <li>{t('shortcuts.mouse.pan')}</li>
        <li>{t('shortcuts.mouse.zoom')}</li>
        <li>{t('shortcuts.mouse.menu')}</li>
      </ul>
      <div className="dialog__buttons">
        <button type="button" className="button button--primary" onClick={onClose}>
          {t('shortcuts.close')}
        </button>
      </div>
    </Dialog>
  );
}
