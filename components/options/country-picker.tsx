import { type KeyboardEvent, type ReactElement, useMemo, useRef, useState } from 'react';
import { describedBy, FieldError } from '@/components/shared/field';
import {
  type Country,
  countryLabel,
  filterCountries,
  findCountry,
} from '@/utils/settings/countries';

type CountryPickerProps = {
  value: string;
  onChange: (code: string) => void;
  error?: string;
};

const ID = 'default-country';

/**
 * A filter box over a native list box: both work with the keyboard and screen readers as they are,
 * which a hand-made combobox would have to re-implement. Enter in the box picks the first match,
 * Arrow Down moves into the list.
 */
export function CountryPicker({ value, onChange, error }: CountryPickerProps): ReactElement {
  const [query, setQuery] = useState('');
  const list = useRef<HTMLSelectElement>(null);
  const matches = useMemo(() => filterCountries(query), [query]);
  const options = withSelected(matches, value);

  function handleFilterKey(event: KeyboardEvent<HTMLInputElement>): void {
    if (event.key === 'Enter') {
      // Enter here means "this one", never "submit the form".
      event.preventDefault();
      const first = matches[0];
      if (first) onChange(first.code);
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      list.current?.focus();
    }
  }

  const errorId = error ? `${ID}-error` : undefined;
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label className="field__label" htmlFor={ID}>
        Default country
      </label>
      <div className="field__hint" id={`${ID}-hint`}>
        Numbers written without a country code, like 0917 123 4567, are read as numbers in this
        country.
      </div>
      <input
        type="search"
        className="country-filter"
        aria-label="Find a country by name, code or calling code"
        aria-controls={ID}
        placeholder="Find a country: name, code or +63"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={handleFilterKey}
        autoComplete="off"
        spellCheck={false}
      />
      <select
        id={ID}
        ref={list}
        size={6}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(errorId, `${ID}-hint`)}
        aria-invalid={error ? true : undefined}
      >
        {options.map((country) => (
          <option key={country.code} value={country.code}>
            {countryLabel(country)}
          </option>
        ))}
      </select>
      <p className="field__hint" aria-live="polite">
        {query.trim() !== '' && matches.length === 0 ? `No country matches “${query.trim()}”.` : ''}
      </p>
      {error && <FieldError id={errorId}>{error}</FieldError>}
    </div>
  );
}

/** The chosen country stays in the list while filtering, so the list box never loses its value. */
function withSelected(matches: Country[], code: string): Country[] {
  if (matches.some((country) => country.code === code)) return matches;
  const selected = findCountry(code);
  return selected ? [selected, ...matches] : matches;
}
