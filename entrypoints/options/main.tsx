import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { OptionsApp } from '@/components/options/options-app';

const welcome = new URLSearchParams(location.search).get('welcome') === '1';

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <OptionsApp welcome={welcome} languages={navigator.languages} />
  </StrictMode>,
);
