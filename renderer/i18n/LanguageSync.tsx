import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../api/useQuery';

/** Follows the saved language, also when another window changes it. */
export function LanguageSync() {
  const { i18n } = useTranslation();
  const settings = useQuery('settings.get', {});
  const saved = settings.data?.language;

  useEffect(() => {
    if (saved && saved !== i18n.resolvedLanguage) void i18n.changeLanguage(saved);
  }, [saved, i18n]);

  return null;
}
