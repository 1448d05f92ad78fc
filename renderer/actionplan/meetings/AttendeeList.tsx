import { useTranslation } from 'react-i18next';
import { formatAttendees } from './meetingModel';

export function AttendeeList({ attendees }: { readonly attendees: readonly { readonly name: string; readonly organisation: string }[] }) {
  const { t } = useTranslation();
  if (attendees.length === 0) return <p>{t('meetings.noAttendees')}</p>;
  return (
    <ul className="meeting__people">
      {attendees.map((person, index) => (
        <li key={`${index}-${person.name}`}>{formatAttendees([person])}</li>
      ))}
    </ul>
  );
}
