import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ComposerApp } from '@/components/composer/composer-app';

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <ComposerApp search={location.search} />
  </StrictMode>,
);
