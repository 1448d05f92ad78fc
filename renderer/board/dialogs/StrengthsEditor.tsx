import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STRENGTHS_MAX } from '../../../shared/board/schema';
import { FieldError } from '../../common/FieldError';
import './strengths.css';

const STRENGTH_MAX_LENGTH = 200;

/** The short list of strengths and tools that already exist; each line editable, removable, and one to add. */
export function StrengthsEditor({
  value,
  onChange,
  error,
}: {
  readonly value: readonly string[];
  readonly onChange: (next: string[]) => void;
  readonly error: string | undefined;
}) {
  const { t } = useTranslation();
  const baseId = useId();
  const [draft, setDraft] = useState('');
  const full = value.length >= STRENGTHS_MAX;

  const add = (): void => {
    const text = draft.trim();
    if (!text || full) return;
    onChange([...value, text]);
    setDraft('');
  };

  return (
    <fieldset className="strengths">
      <legend className="field__label">{t('fields.strengths')}</legend>
      <p className="strengths__hint">{t('clusters.dialogue.strengthsHint', { max: STRENGTHS_MAX })}</p>
      {value.length > 0 ? (
        <ol className="strengths__list">
          {value.map((strength, index) => (
            // Strengths have no ids; the position is their identity while the dialog is open.
            <li key={index} className="strengths__item">
              <label className="visually-hidden" htmlFor={`${baseId}-${index}`}>
                {t('clusters.dialogue.strengthLabel', { number: index + 1 })}
              </label>
              <input
                id={`${baseId}-${index}`}
                className="field__control"
                value={strength}
                maxLength={STRENGTH_MAX_LENGTH}
                onChange={(event) => onChange(value.map((s, i) => (i === index ? event.target.value : s)))}
              />
              <button
                type="button"
                className="button button--small button--danger-quiet"
                aria-label={t('clusters.dialogue.removeStrength', { number: index + 1 })}
                onClick={() => onChange(value.filter((_, i) => i !== index))}
              >
                {t('common.delete')}
              </button>
            </li>
          ))}
        </ol>
      ) : null}
      <div className="strengths__add">
        <label className="visually-hidden" htmlFor={`${baseId}-new`}>
          {t('clusters.dialogue.newStrength')}
        </label>
        <input
          id={`${baseId}-new`}
          className="field__control"
          value={draft}
          maxLength={STRENGTH_MAX_LENGTH}
          placeholder={t('clusters.dialogue.newStrengthPlaceholder')}
          disabled={full}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              add();
            }
          }}
        />
        <button type="button" className="button button--small" onClick={add} disabled={full || draft.trim() === ''}>
          {t('clusters.dialogue.addStrength')}
        </button>
      </div>
      <FieldError id={`${baseId}-error`} message={error} />
    </fieldset>
  );
}
