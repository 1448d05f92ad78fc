import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { type NoteColour, noteColours } from '../../../shared/board/schema';
import './colourPicker.css';

/** Six paper colours as a radio group: arrow keys choose, the chosen one is ringed and ticked, the name is read out. */
export function ColourPicker({ value, onChange }: { readonly value: NoteColour; readonly onChange: (colour: NoteColour) => void }) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <fieldset className="colour-picker">
      <legend className="colour-picker__legend">
        {t('fields.colour')}
        <span className="colour-picker__current">{t(`colours.${value}`)}</span>
      </legend>
      <div className="colour-picker__options">
        {noteColours.map((colour) => (
          <label key={colour} className="swatch" data-paper={colour} title={t(`colours.${colour}`)}>
            <input
              type="radio"
              className="swatch__input"
              name={name}
              value={colour}
              checked={value === colour}
              onChange={() => onChange(colour)}
            />
            <span className="swatch__chip" aria-hidden="true" />
            <span className="visually-hidden">{t(`colours.${colour}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
