import { useTranslation } from 'react-i18next';
import type { SummaryOrganisation } from '../../shared/summary/model';
import { HuvudmanLabel } from '../participants/HuvudmanLabel';

/** Who took part, organisation by organisation; without names, only how many came from each. */
export function SummaryParticipants({ organisations, names }: { readonly organisations: readonly SummaryOrganisation[]; readonly names: boolean }) {
  const { t } = useTranslation();
  if (organisations.length === 0) return <p className="muted">{t('summary.noParticipants')}</p>;
  return (
    <>
      {names ? null : <p className="muted">{t('summary.namesLeftOut')}</p>}
      <div className="summary-orgs">
        {organisations.map((org) => (
          <div key={org.name || '-'} className="summary-orgs__group">
            <h5 className="summary-orgs__name">{org.name || t('summary.noOrganisation')}</h5>
            {org.people ? (
              <ul className="summary-orgs__people">
                {org.people.map((p) => (
                  <li key={p.id}>
                    <span className="summary-orgs__person">{p.name}</span>
                    {p.role ? <span className="muted">{t('summary.roleSeparator', { role: p.role })}</span> : null}
                    <span className="summary-orgs__huvudman">
                      <HuvudmanLabel value={p.huvudman} />
                    </span>
                  </li>
                ))}
              </ul>
            ) : (
              <ul className="summary-orgs__people">
                {org.huvudman.map((h) => (
                  <li key={h.huvudman}>
                    <span className="summary-orgs__person">{t('summary.people', { count: h.count })}</span>
                    <span className="summary-orgs__huvudman">
                      <HuvudmanLabel value={h.huvudman} />
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </div>
        ))}
      </div>
    </>
  );
}
