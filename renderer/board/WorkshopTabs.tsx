import { type KeyboardEvent, type ReactNode, type Ref, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { rovingStep } from '../common/rovingStep';

export interface WorkshopTab {
  readonly id: string;
  readonly label: string;
  readonly panel: ReactNode;
}

export interface WorkshopTabsProps {
  readonly tabs: readonly WorkshopTab[];
  readonly selected: string;
  readonly onSelect: (id: string) => void;
  /** Shown under the tab list on every tab. */
  readonly shared?: ReactNode;
  readonly ref?: Ref<HTMLDivElement>;
}

/**
 * ARIA tabs with automatic activation: arrow keys, Home and End move between
 * tabs; panels stay mounted (hidden) so the board keeps its state.
 */
export function WorkshopTabs({ tabs, selected, onSelect, shared, ref }: WorkshopTabsProps) {
  const { t } = useTranslation();
  const base = useId();
  const refs = useRef(new Map<string, HTMLButtonElement>());

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const next = rovingStep(event.key, tabs.findIndex((tab) => tab.id === selected), tabs.length);
    const tab = next === null ? undefined : tabs[next];
    if (!tab) return;
    event.preventDefault();
    onSelect(tab.id);
    refs.current.get(tab.id)?.focus();
  };

  return (
    <div className="workshop-tabs" ref={ref}>
      <div role="tablist" aria-label={t('board.tabs.label')} className="workshop-tabs__list" onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            ref={(element) => {
              if (element) refs.current.set(tab.id, element);
              else refs.current.delete(tab.id);
            }}
            type="button"
            role="tab"
            id={`${base}-tab-${tab.id}`}
            aria-selected={tab.id === selected}
            aria-controls={`${base}-panel-${tab.id}`}
            tabIndex={tab.id === selected ? 0 : -1}
            className="workshop-tabs__tab"
            onClick={() => onSelect(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {shared}
      {tabs.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`${base}-panel-${tab.id}`}
          aria-labelledby={`${base}-tab-${tab.id}`}
          hidden={tab.id !== selected}
          className="workshop-tabs__panel"
        >
          {tab.panel}
        </div>
      ))}
    </div>
  );
}
