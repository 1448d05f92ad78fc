import { useTranslation } from 'react-i18next';
import type { Participant } from '../../shared/participant/schema';
import { HuvudmanLabel } from '../participants/HuvudmanLabel';

/** Who took part, organisation by organisation. */
export function SummaryParticipants({ participants }: { readonly participants: readonly Participant[] }) {
  const { t, i18n } = useTranslation();
  if (participants.length === 0) return <p className="muted">{t('summary.noParticipants')}</p>;
  const groups = new Map<string, Participant[]>();
  for (const p of participants) groups.set(p.organisation, [...(groups.get(p.organisation) ?? []), p]);
  const names = [...groups.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b, i18n.language)));
  return (
    <div className="summary-orgs">
      {names.map((name) => (
        <div key={name || '-'} className="summary-orgs__group">
          <h4 className="summary-orgs__name">{name || t('summary.noOrganisation')}</h4>
          <ul className="summary-orgs__people">
            {[...(groups.get(name) ?? [])]
              .sort((a, b) => a.name.localeCompare(b.name, i18n.language))
              .map((p) => (
                <li key={p.id}>
                  <span className="summary-orgs__person">{p.name}</span>
                  {p.role ? <span className="muted">{t('summary.roleSeparator', { role: p.role })}</span> : null}
                  <span className="summary-orgs__huvudman">
                    <HuvudmanLabel value={p.huvudman} />
                  </span>
                </li>
              ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
