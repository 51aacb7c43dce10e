import { createContext, useCallback, useMemo, useState, type ReactNode } from 'react';
import { formatMessage, type MessageParams } from '../../shared/i18n/define';
import { messages, type Locale, type MessageKey } from '../../shared/i18n/messages';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

export type I18nValue = { locale: Locale; setLocale: (locale: Locale) => void; t: Translate };

export const I18nContext = createContext<I18nValue | null>(null);

const storageKey = 'oncedesk.locale';

/** The interface language is a per-machine preference, so it lives in localStorage, not the synced data. */
const initialLocale = (): Locale => (localStorage.getItem(storageKey) === 'en' ? 'en' : 'zh-CN');

export const I18nProvider = ({ children }: { children: ReactNode }) => {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  const setLocale = useCallback((next: Locale) => {
    localStorage.setItem(storageKey, next);
    document.documentElement.lang = next;
    setLocaleState(next);
  }, []);
  const value = useMemo<I18nValue>(
    () => ({
      locale,
      setLocale,
      t: (key, params) => formatMessage(messages[locale][key], params),
    }),
    [locale, setLocale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
};
