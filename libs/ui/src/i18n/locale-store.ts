import type { Locale } from '@shifan/domain';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';

/** Where the chosen language is remembered between visits. */
export const LOCALE_STORAGE_KEY = 'shifan.locale';

const DEFAULT_LOCALE: Locale = 'zh-CN';

type Listener = () => void;

const listeners = new Set<Listener>();
let activeLocale: Locale | undefined;

function parseLocale(value: string | null): Locale {
  return value === 'en' || value === 'zh-CN' ? value : DEFAULT_LOCALE;
}

function readStoredLocale(): Locale {
  try {
    return parseLocale(window.localStorage.getItem(LOCALE_STORAGE_KEY));
  } catch {
    return DEFAULT_LOCALE;
  }
}

function writeStoredLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Storage may be disabled (private mode, policy); the choice then lasts for this page only.
  }
}

/** Keeps the non-React parts in step: dayjs formatting and the page's `lang` attribute. */
function applyLocale(locale: Locale): void {
  dayjs.locale(locale === 'en' ? 'en' : 'zh-cn');
  document.documentElement.lang = locale;
}

/** The current locale, read from storage on first use. Usable outside React (e.g. by `apiFetch`). */
export function getLocale(): Locale {
  if (activeLocale === undefined) {
    activeLocale = readStoredLocale();
    applyLocale(activeLocale);
  }
  return activeLocale;
}

export function setLocale(locale: Locale): void {
  writeStoredLocale(locale);
  if (locale === activeLocale) return;
  activeLocale = locale;
  applyLocale(locale);
  listeners.forEach((listener) => listener());
}

function onStorage(event: StorageEvent): void {
  if (event.key === LOCALE_STORAGE_KEY) setLocale(parseLocale(event.newValue));
}

/** Subscribes to locale changes, including a switch made in another tab. Shaped for `useSyncExternalStore`. */
export function subscribeToLocale(listener: Listener): () => void {
  if (listeners.size === 0) window.addEventListener('storage', onStorage);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('storage', onStorage);
  };
}
