// The interface's languages: message catalogues (English, Korean), t(), and Intl formats for numbers, dates, lists.
export {
  dealText,
  loadCatalogue,
  problemText,
  settingText,
  speak,
  t,
  wordCharacters,
  type Catalogue,
  type MessageArgs,
  type MessageKey,
} from './t';
export {
  formatDate,
  formatDateRange,
  formatDateTime,
  formatList,
  formatNumber,
  languageName,
  locale,
  pluralCategory,
} from './format';
export {
  language,
  LANGUAGES,
  onLanguageChange,
  preferredLanguage,
  setLanguage,
  type Language,
} from './language';
