import { type KeyboardEvent, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { boardActionsOn } from '../../actions/board/boardRegistry';
import { ariaKeyShortcuts } from '../../actions/shortcuts';
import { useBoardActions } from '../boardActionsContext';
import { shortcutText } from '../shortcutLabel';
import './menu.css';

export interface MenuState {
  readonly kind: 'note' | 'cluster';
  readonly x: number;
  readonly y: number;
  /** A line above the items, e.g. who wrote the note and when. */
  readonly meta?: string;
}

/**
 * The context menu of a note or cluster frame: the declared actions for
 * that surface, with their shortcuts. Arrow keys move between items, Escape
 * or Tab closes it and focus goes back where it came from.
 */
export function ContextMenu({ menu, onClose }: { readonly menu: MenuState; readonly onClose: () => void }) {
  const { t } = useTranslation();
  const { ctx, run } = useBoardActions();
  const ref = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const actions = boardActionsOn(menu.kind === 'note' ? 'noteMenu' : 'clusterMenu');

  const items = (): HTMLButtonElement[] => [...(listRef.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const box = element.getBoundingClientRect();
    element.style.left = `${Math.max(8, Math.min(menu.x, window.innerWidth - box.width - 8))}px`;
    element.style.top = `${Math.max(8, Math.min(menu.y, window.innerHeight - box.height - 8))}px`;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    (items().find((item) => item.getAttribute('aria-disabled') !== 'true') ?? items()[0])?.focus();
    const onPointerDown = (event: PointerEvent): void => {
      if (!element.contains(event.target as Node)) onClose();
    };
    window.addEventListener('pointerdown', onPointerDown, true);
    return () => {
      window.removeEventListener('pointerdown', onPointerDown, true);
      if (opener?.isConnected && element.contains(document.activeElement)) opener.focus({ preventScroll: true });
    };
  }, [menu, onClose]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const list = items();
    const at = list.indexOf(document.activeElement as HTMLButtonElement);
    const focus = (index: number) => list[(index + list.length) % list.length]?.focus();
    switch (event.key) {
      case 'ArrowDown':
        focus(at + 1);
        break;
      case 'ArrowUp':
        focus(at - 1);
        break;
      case 'Home':
        focus(0);
        break;
      case 'End':
        focus(list.length - 1);
        break;
      case 'Escape':
      case 'Tab':
        onClose();
        break;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div ref={ref} className="context-menu">
      {menu.meta ? (
        <p className="context-menu__meta" aria-hidden="true">
          {menu.meta}
        </p>
      ) : null}
      <div
        ref={listRef}
        role="menu"
        aria-label={t(menu.kind === 'note' ? 'board.menu.noteLabel' : 'board.menu.clusterLabel')}
        className="context-menu__list"
        onKeyDown={onKeyDown}
      >
      {actions.map((action) => {
        const enabled = action.isEnabled(ctx);
        const [shortcut] = action.shortcuts;
        return (
          <button
            key={action.id}
            type="button"
            role="menuitem"
            tabIndex={-1}
            className="context-menu__item"
            aria-disabled={!enabled || undefined}
            aria-keyshortcuts={action.shortcuts.length > 0 ? ariaKeyShortcuts(action.shortcuts) : undefined}
            onClick={() => {
              if (!enabled) return;
              onClose();
              void run(action);
            }}
          >
            <span>{t(action.labelKey)}</span>
            {shortcut ? (
              <span className="context-menu__key" aria-hidden="true">
                {shortcutText(t, shortcut)}
              </span>
            ) : null}
          </button>
        );
      })}
      </div>
    </div>
  );
}
