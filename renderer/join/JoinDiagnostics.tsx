import { useTranslation } from 'react-i18next';

const CAUSES = ['isolation', 'firewall', 'mobileData', 'vpn'] as const;

/**
 * When phones do not get in: first a test on the laptop itself, then the
 * usual causes in the order they turn up in hospital meeting rooms, and the
 * way round them all (a network of one's own).
 */
export function JoinDiagnostics({ url }: { readonly url: string }) {
  const { t } = useTranslation();
  return (
    <details className="join-diagnostics">
      <summary>{t('join.help.summary')}</summary>
      <p>{t('join.help.tryHere')}</p>
      <p className="join-diagnostics__url">{url}</p>
      <p>{t('join.help.causesLead')}</p>
      <ul>
        {CAUSES.map((cause) => (
          <li key={cause}>{t(`join.help.causes.${cause}`)}</li>
        ))}
      </ul>
      <p>{t('join.help.ownNetwork')}</p>
    </details>
  );
}
