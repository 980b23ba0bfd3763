// Entry point: styles, i18n, providers, then the app.
import '@mantine/core/styles.css';
import './styles.css';
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { isTransient } from './api/client.js';
import { App } from './app.js';
import './i18n/index.js';
import { theme } from './theme.js';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      refetchOnWindowFocus: false,
      // 4xx answers will not change on retry: show them at once. No answer, or the server or its
      // database restarting (503, Retry-After: 5), is asked again for about 15 s before the page
      // says so: 1, 2, 4 and 8 s apart.
      retry: (count, error) => isTransient(error) && count < 4,
      retryDelay: (count) => Math.min(1000 * 2 ** count, 8000),
    },
  },
});

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');

createRoot(root).render(
  <StrictMode>
    <MantineProvider theme={theme} defaultColorScheme="light">
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
