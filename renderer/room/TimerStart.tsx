import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimerAction, TimerPurpose } from '../../shared/room/schema';
import { FieldError } from '../common/FieldError';
import { MINUTE, TIMER_MAX_MINUTES, TIMER_PRESET_MINUTES, timerSeconds } from './timerMinutes';

const PURPOSES: readonly TimerPurpose[] = ['writing', 'dialogue'];

/** Choosing and starting a timer: what for, then a preset or own whole minutes. */
export interface TimerStartProps {
  readonly purpose: TimerPurpose;
  readonly onPurpose: (purpose: TimerPurpose) => void;
  readonly onChange: (action: TimerAction) => void;
}

export function TimerStart({ purpose, onPurpose, onChange }: TimerStartProps) {
  const { t } = useTranslation();
  const ids = { purpose: useId(), minutes: useId(), presets: useId() };
  const [minutes, setMinutes] = useState('');
  const [invalid, setInvalid] = useState(false);
  const start = (durationSeconds: number): void => onChange({ action: 'start', purpose, durationSeconds });
  const startTyped = (event: FormEvent): void => {
    event.preventDefault();
    const seconds = timerSeconds(minutes);
    setInvalid(seconds === null);
    if (seconds !== null) start(seconds);
  };
  const errorId = `${ids.minutes}-error`;

  return (
    <form className="room-timer__start" onSubmit={startTyped} noValidate>
      <label htmlFor={ids.purpose} className="room-bar__label">
        {t('room.timer.label')}
      </label>
      <select
        id={ids.purpose}
        className="field__control field__control--select"
        value={purpose}
        onChange={(event) => onPurpose(PURPOSES.find((p) => p === event.target.value) ?? 'writing')}
      >
        {PURPOSES.map((value) => (
          <option key={value} value={value}>
            {t(`room.timer.purpose.${value}`)}
          </option>
        ))}
      </select>
      <span role="group" aria-labelledby={ids.presets} className="room-timer__presets">
        <span id={ids.presets} className="visually-hidden">
          {t('room.timer.presets')}
        </span>
        {TIMER_PRESET_MINUTES.map((preset) => (
          <button key={preset} type="button" className="button button--small" onClick={() => start(preset * MINUTE)}>
            {t('room.timer.minutes', { count: preset })}
          </button>
        ))}
      </span>
      <label htmlFor={ids.minutes} className="room-bar__label">
        {t('room.timer.own')}
      </label>
      <input
        id={ids.minutes}
        type="number"
        inputMode="numeric"
        min={1}
        max={TIMER_MAX_MINUTES}
        step={1}
        className="field__control field__control--number room-timer__minutes"
        value={minutes}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? errorId : undefined}
        onChange={(event) => {
          setMinutes(event.target.value);
          setInvalid(false);
        }}
      />
      <button type="submit" className="button button--small">
        {t('room.timer.start')}
      </button>
      <FieldError id={errorId} message={invalid ? t('room.timer.invalid', { max: TIMER_MAX_MINUTES }) : undefined} />
    </form>
  );
}
