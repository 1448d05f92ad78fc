import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteColour, NoteId } from '../../../shared/board/schema';
import type { ParticipantId } from '../../../shared/participant/schema';
import { useApi } from '../../api/ApiContext';
import { FieldLabel } from '../../common/FieldLabel';
import { FormDialog } from '../../common/FormDialog';
import { formatDateTime } from '../../common/format';
import { useSubmission } from '../../common/useSubmission';
import { ColourPicker } from '../capture/ColourPicker';
import type { BoardModel } from '../model/boardModel';
import { shorten } from '../../../shared/common/shorten';

const ANONYMOUS = '';

/** Colour and author of one or more notes, and for a single note when and by whom it was written. */
export function NoteDetailsDialog({
  model,
  noteIds,
  onClose,
  onDone,
}: {
  readonly model: BoardModel;
  readonly noteIds: readonly NoteId[];
  readonly onClose: () => void;
  readonly onDone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const authorId = useId();
  const notes = noteIds.map((id) => model.noteById.get(id)).filter((note) => note !== undefined);
  const first = notes[0];
  const [colour, setColour] = useState<NoteColour>(first?.colour ?? 'yellow');
  const [author, setAuthor] = useState<string>(first?.authorId ?? ANONYMOUS);
  const { pending, errors, submit } = useSubmission(['colour', 'authorId']);

  const save = () =>
    submit(async () => {
      await api.invoke('note.restyle', { ids: notes.map((note) => note.id), colour, authorId: author === ANONYMOUS ? null : (author as ParticipantId) });
      onDone();
    });

  const writer = first?.authorId ? model.participantById.get(first.authorId)?.name : undefined;
  return (
    <FormDialog
      title={notes.length === 1 && first ? t('notes.details.titleOne', { text: shorten(first.text, 40) }) : t('notes.details.title', { count: notes.length })}
      submitLabel={t('common.save')}
      pending={pending}
      generalErrors={errors.general}
      onSubmit={() => void save()}
      onClose={onClose}
    >
      {notes.length === 1 && first ? (
        <p className="muted">
          {t('notes.details.created', { date: formatDateTime(first.createdAt, i18n.language), author: writer ?? t('notes.anonymous') })}
        </p>
      ) : null}
      <div className="field">
        <FieldLabel htmlFor={authorId} label={t('fields.authorId')} required />
        <select
          id={authorId}
          className="field__control field__control--select"
          value={author}
          aria-required
          onChange={(event) => setAuthor(event.target.value)}
        >
          <option value={ANONYMOUS}>{t('notes.anonymous')}</option>
          {model.participants.map((p) => (
            <option key={p.id} value={p.id}>
              {p.organisation ? t('capture.authorOption', { name: p.name, organisation: p.organisation }) : p.name}
            </option>
          ))}
        </select>
      </div>
      <ColourPicker value={colour} onChange={setColour} />
    </FormDialog>
  );
}
