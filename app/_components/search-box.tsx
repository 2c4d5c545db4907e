import { currentLocale } from '@/lib/i18n/locale';
import { SEARCH_PATH } from '@/lib/routes';
import { SearchSuggest } from './search-suggest';

export interface SearchBoxProps {
  label: string;
  placeholder: string;
  submit: string;
  defaultValue?: string;
  /** The input's id; give another one when a page shows a second search box. */
  id?: string;
  /** Names the search landmark when a page has more than one. */
  formLabel?: string;
}

/**
 * The site-wide search box: a plain GET form to the results page, so it works before
 * any script runs; once the page is interactive the input suggests results as you type.
 */
export async function SearchBox({ label, placeholder, submit, defaultValue, id = 'site-search', formLabel }: SearchBoxProps) {
  const locale = await currentLocale();
  return (
    <form role="search" action={SEARCH_PATH} method="get" className="search-box" aria-label={formLabel}>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <SearchSuggest inputId={id} name="q" placeholder={placeholder} defaultValue={defaultValue} locale={locale} />
      <button type="submit">{submit}</button>
    </form>
  );
}
