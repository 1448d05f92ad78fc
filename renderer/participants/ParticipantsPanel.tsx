/**
 * The participants of one workshop: a table, a fast entry form under it,
 * and import from a spreadsheet or pasted text. Mounted by the workshop
 * page in its "Deltagare" tab.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant } from '../../shared/participant/schema';
import type { WorkshopId } from '../../shared/workshop/schema';
import { useQuery } from '../api/useQuery';
import { EmptyState } from '../common/EmptyState';
import { Loading } from '../common/Loading';
import { QueryError } from '../common/QueryError';
import { useToasts } from '../common/toastContext';
import { useUndoableNotice } from '../history/useUndoableNotice';
import { DeleteParticipantDialog } from './DeleteParticipantDialog';
import { EditParticipantDialog } from './EditParticipantDialog';
import { ImportParticipantsDialog } from './ImportParticipantsDialog';
import { ParticipantEntryForm } from './ParticipantEntryForm';
import { ParticipantTable } from './ParticipantTable';
import { useOrganisationSuggestions } from './useOrganisationSuggestions';
import '../styles/participants.css';

type DialogState =
  | { readonly kind: 'edit'; readonly participant: Participant }
  | { readonly kind: 'delete'; readonly participant: Participant }
  | { readonly kind: 'import' }
  | null;

export function ParticipantsPanel({ workshopId }: { readonly workshopId: string }) {
  const { t, i18n } = useTranslation();
  const { show } = useToasts();
  const notice = useUndoableNotice();
  const headingId = useId();
  const id = workshopId as WorkshopId;
  const participants = useQuery('participant.list', { workshopId: id });
  const suggestions = useOrganisationSuggestions(participants.data, i18n.language);
  const [dialog, setDialog] = useState<DialogState>(null);
  const close = (): void => setDialog(null);
  const list = participants.data;

  return (
    <section className="participants" aria-labelledby={headingId}>
      <div className="section__header">
        <div className="participants__title">
          <h2 id={headingId} className="section__title">
            {t('participants.heading')}
          </h2>
          {list ? <span className="badge badge--neutral">{t('participants.count', { count: list.length })}</span> : null}
        </div>
        <button type="button" className="button" onClick={() => setDialog({ kind: 'import' })}>
          {t('participants.importOpen')}
        </button>
      </div>
      <p className="participants__lead">{t('participants.lead')}</p>

      {participants.error ? <QueryError error={participants.error} onRetry={participants.reload} /> : null}
      {!list && !participants.error ? <Loading /> : null}

      {list ? (
        <div className="participants__sheet">
          {list.length === 0 ? (
            <EmptyState>
              <p>{t('participants.empty')}</p>
            </EmptyState>
          ) : (
            <ParticipantTable
              participants={list}
              onEdit={(participant) => setDialog({ kind: 'edit', participant })}
              onDelete={(participant) => setDialog({ kind: 'delete', participant })}
            />
          )}
          <ParticipantEntryForm workshopId={id} suggestions={suggestions} onAdded={participants.reload} />
        </div>
      ) : null}

      {dialog?.kind === 'edit' ? (
        <EditParticipantDialog
          participant={dialog.participant}
          suggestions={suggestions}
          onClose={close}
          onSaved={() => {
            close();
            show({ message: (t) => t('participants.edit.saved') });
          }}
        />
      ) : null}
      {dialog?.kind === 'delete' ? <DeleteParticipantDialog participant={dialog.participant} onClose={close} /> : null}
      {dialog?.kind === 'import' ? (
        <ImportParticipantsDialog
          workshopId={id}
          onClose={close}
          onImported={(count) => {
            close();
            notice((t) => t('import.done', { count }), 'participant.import');
          }}
        />
      ) : null}
    </section>
  );
}
