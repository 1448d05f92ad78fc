import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NOTE_MAX_LENGTH } from '../../../shared/board/schema';
import type { PhoneNote } from '../../../shared/phone/schema';
import { TextAreaField } from '../../common/TextAreaField';
import type { PhoneSession } from '../session';

/** One of the phone's own notes, with its text as the description of its buttons. */
export function NoteItem({ note, act }: { readonly note: PhoneNote; readonly act: PhoneSession['act'] }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  const textId = `phone-note-${note.id}`;

  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (draft === null || draft.trim() === '') return;
    if (draft === note.text || (await act('phone.editNote', { id: note.id, text: draft }))) setDraft(null);
  };

  if (draft !== null) {
    return (
      <li className="phone-note">
        <form className="phone-form" onSubmit={(event) => void save(event)}>
          <TextAreaField id={`${textId}-edit`} label={t('phone.write.editLabel')} value={draft} onChange={setDraft} maxLength={NOTE_MAX_LENGTH} rows={3} />
          <div className="phone-row">
            <button type="submit" className="button button--primary">
              {t('phone.write.save')}
            </button>
            <button type="button" className="button" onClick={() => setDraft(null)}>
              {t('phone.write.cancel')}
            </button>
          </div>
        </form>
      </li>
    );
  }

  return (
    <li className="phone-note">
      <p id={textId} className="phone-note__text">
        {note.text}
      </p>
      {note.faceDown ? <p className="phone-note__hidden">{t('phone.write.faceDown')}</p> : null}
      <div className="phone-row">
        <button type="button" className="button" aria-describedby={textId} onClick={() => setDraft(note.text)}>
          {t('phone.write.edit')}
        </button>
        <button type="button" className="button button--danger-quiet" aria-describedby={textId} onClick={() => void act('phone.deleteNote', { id: note.id })}>
          {t('phone.write.delete')}
        </button>
      </div>
    </li>
  );
}
