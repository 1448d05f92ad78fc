import { useTranslation } from 'react-i18next';
import type { Participant } from '../../shared/participant/schema';
import { HuvudmanLabel } from './HuvudmanLabel';

export interface ParticipantTableProps {
  readonly participants: readonly Participant[];
  readonly onEdit: (participant: Participant) => void;
  readonly onDelete: (participant: Participant) => void;
}

export function ParticipantTable({ participants, onEdit, onDelete }: ParticipantTableProps) {
  const { t } = useTranslation();
  return (
    <div className="participants__table-wrap">
      <table className="table participants__table">
        <caption className="visually-hidden">{t('participants.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('fields.name')}</th>
            <th scope="col">{t('fields.organisation')}</th>
            <th scope="col">{t('fields.huvudman')}</th>
            <th scope="col">{t('fields.role')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('participants.actionsColumn')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {participants.map((participant) => (
            <tr key={participant.id}>
              <th scope="row">{participant.name}</th>
              <td>{participant.organisation}</td>
              <td>
                <HuvudmanLabel value={participant.huvudman} />
              </td>
              <td>{participant.role}</td>
              <td className="participants__actions">
                <div className="participants__buttons">
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={t('participants.editNamed', { name: participant.name })}
                    onClick={() => onEdit(participant)}
                  >
                    {t('common.edit')}
                  </button>
                  <button
                    type="button"
                    className="button button--small button--danger-quiet"
                    aria-label={t('participants.deleteNamed', { name: participant.name })}
                    onClick={() => onDelete(participant)}
                  >
                    {t('common.delete')}
                  </button>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
