import { type FormEvent, type KeyboardEvent, type RefObject, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NEW_NOTE_COLOUR, NOTE_MAX_LENGTH, type Note, type NoteColour } from '../../../shared/board/schema';
import type { ParticipantId } from '../../../shared/participant/schema';
import { useEmptyFieldHistory } from '../../actions/useEmptyFieldHistory';
import { type ApiFailure, toApiFailure } from '../../api/ApiFailure';
import { useApi } from '../../api/ApiContext';
import { errorMessage } from '../../i18n/describeError';
import type { BoardModel } from '../model/boardModel';
import { shorten } from '../../../shared/common/shorten';
import { ColourPicker } from './ColourPicker';

const ANONYMOUS = '';

/**
 * Fast capture from the paper wall: type, Enter, type the next. The field is
 * cleared at once so typing can go on while the note is saved; author and
 * colour stay until changed. A note over the limit is refused here, visibly,
 * before the server would refuse it too.
 */
export function CaptureBar({
  model,
  fieldRef,
  onCreated,
}: {
  readonly model: BoardModel;
  readonly fieldRef: RefObject<HTMLTextAreaElement | null>;
  readonly onCreated: (note: Note) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const [text, setText] = useState('');
  const [authorId, setAuthorId] = useState<string>(ANONYMOUS);
  const [colour, setColour] = useState<NoteColour>(NEW_NOTE_COLOUR);
  // What was saved and what failed, not their texts, so both read in the language shown now.
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<ApiFailure | null>(null);
  const length = text.trim().length;
  const tooLong = length > NOTE_MAX_LENGTH;
  const author = model.participants.find((p) => p.id === authorId);
  const emptyFieldHistory = useEmptyFieldHistory();

  const save = async (): Promise<void> => {
    const body = text.trim();
    // An over-long note is already called out under the field.
    if (body === '' || tooLong) return;
    setText('');
    setError(null);
    try {
      const note = await api.invoke('note.create', {
        workshopId: model.workshopId,
        text: body,
        colour,
        authorId: author ? (author.id as ParticipantId) : null,
      });
      setSaved(note.text);
      onCreated(note);
    } catch (failure) {
      setError(toApiFailure(failure));
      // Give the text back unless the next note has already been started.
      setText((current) => (current === '' ? body : current));
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>): void => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      void save();
      return;
    }
    emptyFieldHistory(event);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    void save();
  };

  const describedBy = [`${id}-hint`, `${id}-count`, error || tooLong ? `${id}-error` : null].filter(Boolean).join(' ');

  return (
    <form className="capture" aria-labelledby={`${id}-title`} onSubmit={onSubmit} noValidate>
      <h2 id={`${id}-title`} className="visually-hidden">
        {t('capture.heading')}
      </h2>
      <div className="capture__text">
        <label htmlFor={`${id}-text`} className="field__label">
          {t('capture.label')}
        </label>
        <textarea
          ref={fieldRef}
          id={`${id}-text`}
          className="field__control capture__field"
          rows={2}
          value={text}
          aria-describedby={describedBy}
          aria-invalid={tooLong || undefined}
          onChange={(event) => {
            setText(event.target.value);
            if (error) setError(null);
          }}
          onKeyDown={onKeyDown}
        />
        <div className="capture__below">
          <p id={`${id}-hint`} className="capture__hint">
            {t('capture.hint')}
          </p>
          <p id={`${id}-count`} className={tooLong ? 'capture__count is-over' : 'capture__count'}>
            {t('capture.counter', { length, max: NOTE_MAX_LENGTH })}
          </p>
        </div>
        {error ? (
          <p id={`${id}-error`} className="field__error" role="alert">
            {errorMessage(t, error)}
          </p>
        ) : tooLong ? (
          <p id={`${id}-error`} className="field__error" role="alert">
            {t('capture.tooLong', { max: NOTE_MAX_LENGTH, length })}
          </p>
        ) : null}
      </div>
      <div className="capture__author">
        <label htmlFor={`${id}-author`} className="field__label">
          {t('fields.authorId')}
        </label>
        <select id={`${id}-author`} className="field__control field__control--select" value={author ? authorId : ANONYMOUS} onChange={(event) => setAuthorId(event.target.value)}>
          <option value={ANONYMOUS}>{t('notes.anonymous')}</option>
          {model.participants.map((p) => (
            <option key={p.id} value={p.id}>
              {p.organisation ? t('capture.authorOption', { name: p.name, organisation: p.organisation }) : p.name}
            </option>
          ))}
        </select>
        {model.participants.length === 0 ? <p className="capture__hint">{t('capture.noParticipants')}</p> : null}
      </div>
      <ColourPicker value={colour} onChange={setColour} />
      <div className="capture__submit">
        <button type="submit" className="button button--primary">
          {t('capture.submit')}
        </button>
        <p className="capture__status" role="status">
          {saved === null ? null : t('capture.saved', { text: shorten(saved, 50) })}
        </p>
      </div>
    </form>
  );
}
