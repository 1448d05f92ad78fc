import { type KeyboardEvent, useId, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NOTE_MAX_LENGTH, type Note } from '../../../shared/board/schema';
import { useNoteEditing } from './editContext';

/** The note's text in a textarea: Enter saves, Shift+Enter is a new line, Escape cancels. */
export function NoteEditor({ note }: { readonly note: Note }) {
  const { t } = useTranslation();
  const editing = useNoteEditing();
  const [text, setText] = useState(note.text);
  const ref = useRef<HTMLTextAreaElement>(null);
  const done = useRef(false);
  const counterId = useId();
  const tooLong = text.trim().length > NOTE_MAX_LENGTH;
  const empty = text.trim() === '';

  useLayoutEffect(() => {
    const field = ref.current;
    if (!field) return;
    field.focus({ preventScroll: true });
    field.setSelectionRange(field.value.length, field.value.length);
  }, []);

  const finish = (save: boolean): void => {
    if (done.current) return;
    if (save && (tooLong || empty)) return;
    done.current = true;
    if (save && text.trim() !== note.text) editing.save(note.id, text.trim());
    else editing.cancel(note.id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>): void => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      finish(true);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      finish(false);
    }
  };

  return (
    <>
      <textarea
        ref={ref}
        className="note__editor"
        aria-label={t('notes.editLabel')}
        aria-describedby={counterId}
        aria-invalid={tooLong || undefined}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => finish(!tooLong && !empty)}
      />
      <p id={counterId} className={tooLong ? 'note__counter is-over' : 'note__counter'}>
        {tooLong ? t('notes.tooLong', { max: NOTE_MAX_LENGTH }) : t('notes.counter', { length: text.trim().length, max: NOTE_MAX_LENGTH })}
      </p>
    </>
  );
}
